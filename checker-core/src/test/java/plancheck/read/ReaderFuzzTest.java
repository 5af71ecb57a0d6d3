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

/**
 * Every reader entry point, fed arbitrary bytes: the only acceptable outcome is a result, with any
 * problem as the project's own {@link InputError} (one line, naming the file). Anything thrown is a
 * bug. Without JAZZER_FUZZ these replay the inputs kept under
 * {@code src/test/resources/plancheck/read/ReaderFuzzTestInputs/<test>/} (crashes found earlier).
 */
class ReaderFuzzTest {
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("plancheck-fuzz");
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "2m")
    void csv(byte[] data) throws IOException {
        readAndCheck(new CsvPlanReader(), "fuzz.csv", data);
    }

    @FuzzTest(maxDuration = "2m")
    void json(byte[] data) throws IOException {
        readAndCheck(new JsonPlanReader(), "fuzz.json", data);
    }

    /** Plan documents: whichever reader the standard registry has for *.txt (none yet: nothing to do). */
    @FuzzTest(maxDuration = "2m")
    void text(byte[] data) throws IOException {
        Path name = Path.of("fuzz.txt");
        var reader = Readers.standard().forFile(name);
        if (reader.isPresent()) readAndCheck(reader.get(), name.toString(), data);
    }

    static void readAndCheck(PlanReader reader, String name, byte[] data) throws IOException {
        Path file = DIR.resolve(name);
        Files.write(file, data);
        try {
            PlanData d = reader.read(file, name);
            assertNotNull(d);
            assertEquals(name, d.file());
            assertTrue(d.rejected() >= 0);
            for (InputError e : d.errors()) {
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
