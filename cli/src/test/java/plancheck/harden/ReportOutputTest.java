package plancheck.harden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.engine.Settings;
import plancheck.report.Messages;
import plancheck.report.ReportFiles;
import plancheck.report.ReportOptions;
import plancheck.report.ReportWriter;

/**
 * Reports go only where the user says, whole or not at all: a run that dies while writing leaves
 * the earlier report as it was and no stray file; -o gives the same bytes as standard output.
 */
class ReportOutputTest {
    @TempDir
    Path dir;

    /** Writes half a report, then fails, as a full disk or a killed run would. */
    static final class DiesHalfway implements ReportWriter {
        @Override
        public String format() {
            return "dies";
        }

        @Override
        public String extension() {
            return "json";
        }

        @Override
        public void write(CheckResult result, ReportOptions options, Writer out) throws IOException {
            out.write("{\"findings\": [");
            out.flush();
            throw new IOException("No space left on device");
        }
    }

    @Test
    void aReportInterruptedWhileWritingLeavesTheEarlierOneWholeAndNoStrayFiles() throws IOException {
        Path report = dir.resolve("report.json");
        Run first = Run.of("check", "--format", "json", "-o", report.toString(), "seeds/data", "seeds/reference");
        assertEquals(1, first.exit(), first::err);
        byte[] before = Files.readAllBytes(report);
        CheckResult r = new Checker(Settings.defaults()).check(List.of(Path.of("seeds/reference")));
        assertThrows(IOException.class, () -> ReportFiles.write(report, new DiesHalfway(), r,
                new ReportOptions(Messages.of("en"), false)));
        assertArrayEquals(before, Files.readAllBytes(report));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(report), s.toList(), "no temporary file left behind");
        }
    }

    @Test
    void dashOGivesTheSameBytesAsStandardOutputAndWritesNothingElse() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        for (String format : List.of("text", "json")) {
            Path report = out.resolve("r." + format);
            Run toFile = Run.of("check", "--format", format, "-o", report.toString(), "seeds/data", "seeds/reference");
            Run toStdout = Run.of("check", "--format", format, "seeds/data", "seeds/reference");
            assertEquals(toStdout.exit(), toFile.exit());
            assertEquals("", toFile.out());
            assertEquals(toStdout.out(), Files.readString(report));
        }
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(2, s.count());
        }
    }
}
