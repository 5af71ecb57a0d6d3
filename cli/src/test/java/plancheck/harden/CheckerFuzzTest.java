package plancheck.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.engine.Settings;
import plancheck.read.InputError;
import plancheck.report.JsonReport;
import plancheck.report.Messages;
import plancheck.report.ReportOptions;
import plancheck.report.TextReport;

/**
 * A whole check on arbitrary figures: the fuzzed CSV is checked together with the city's reference
 * targets, so the rules that add districts up and compare them with the city run on it too. Reading,
 * every rule and both reports must finish; bad rows are input errors. Kept inputs live under
 * {@code cli/src/test/resources/plancheck/harden/CheckerFuzzTestInputs/<test>/}.
 */
class CheckerFuzzTest {
    /** One folder for the class: a fuzzing run calls a test many thousand times, each writes and deletes one file. */
    @TempDir
    static Path dir;
    private static final Checker CHECKER = new Checker(Settings.defaults());
    private static final Path CITY = Path.of("seeds/reference/tianjin-city-2020-2022.csv");

    @FuzzTest(maxDuration = "2m")
    void csv(byte[] data) throws IOException {
        checkWithCity("district.csv", data);
    }

    /** A plan document, read through the standard readers as the command line reads it. */
    @FuzzTest(maxDuration = "2m")
    void text(byte[] data) throws IOException {
        checkWithCity("district.txt", data);
    }

    private static void checkWithCity(String name, byte[] data) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, data);
        try {
            CheckResult r = CHECKER.check(List.of(file, CITY));
            for (InputError e : r.errors()) {
                assertTrue(!e.message().startsWith("internal error")
                        && !e.message().startsWith("cannot read the document"), e::toString);
            }
            StringWriter out = new StringWriter();
            for (String lang : List.of("zh", "en")) {
                new TextReport().write(r, new ReportOptions(Messages.of(lang), true), out);
                new JsonReport().write(r, new ReportOptions(Messages.of(lang), true), out);
            }
            assertEquals(2, r.inputs().size());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
