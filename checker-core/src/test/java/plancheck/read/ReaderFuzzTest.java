package plancheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import plancheck.model.IndicatorCatalogue;
import plancheck.read.text.TextPlanReader;

/**
 * Every reader entry point, fed arbitrary bytes: the only acceptable outcome is a result, with any
 * problem as the project's own {@link InputError} (one line, naming the file). Anything thrown is a
 * bug. Without JAZZER_FUZZ these replay the inputs kept under
 * {@code src/test/resources/plancheck/read/ReaderFuzzTestInputs/<test>/} (crashes found earlier).
 */
class ReaderFuzzTest {
    /** One folder for the class: a fuzzing run calls a test many thousand times, each writes and deletes one file. */
    @TempDir
    static Path dir;

    @FuzzTest(maxDuration = "2m")
    void csv(byte[] data) throws IOException {
        readAndCheck(new CsvPlanReader(), "fuzz.csv", data);
    }

    @FuzzTest(maxDuration = "2m")
    void json(byte[] data) throws IOException {
        readAndCheck(new JsonPlanReader(), "fuzz.json", data);
    }

    /**
     * Plan documents, with the real indicator catalogue (the rules module ships it, so it is not on
     * this module's class path; the cli module fuzzes documents through Readers.standard()).
     */
    @FuzzTest(maxDuration = "2m")
    void text(byte[] data) throws IOException {
        readAndCheck(TEXT, "fuzz.txt", data);
    }

    private static final PlanReader TEXT;

    static {
        try (var in = Files.newInputStream(Path.of("../rules/src/main/resources/plancheck/indicators.csv"))) {
            TEXT = new TextPlanReader(IndicatorCatalogue.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void readAndCheck(PlanReader reader, String name, byte[] data) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, data);
        try {
            PlanData d = reader.read(file, name);
            assertNotNull(d);
            assertEquals(name, d.file());
            assertTrue(d.rejected() >= 0);
            for (InputError e : d.errors()) {
                // A reader's catch-all for its own bugs is not an acceptable outcome either.
                assertFalse(e.message().startsWith("cannot read the document"), e::toString);
                assertEquals(name, e.file());
                assertTrue(e.line() >= 0 && e.column() >= 0, e::toString);
                assertFalse(e.toString().contains("\n"), e::toString);
            }
            // Every rejected figure has its reason.
            assertTrue(d.rejected() <= d.errors().size(), () -> d.rejected() + " rejected, errors " + d.errors());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
