package plancheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plancheck.CheckResult;
import plancheck.report.ReportFiles;
import plancheck.report.ReportOptions;
import plancheck.report.ReportWriter;

/** {@code check --format a,b,c -o DIR}, {@code -o FILE} and standard output give the same reports. */
class ReportOutputTest {
    private static final String DATA = "seeds/data";
    private static final String REFERENCE = "seeds/reference";

    @TempDir
    Path dir;

    private static String stdout(String... args) {
        return Cli.run(args).out();
    }

    private static int exit(String... args) {
        return Cli.run(args).exit();
    }

    @Test
    void severalFormatsGoIntoOneFolderEachOnce() throws IOException {
        Path out = dir.resolve("reports");
        int code = exit("check", "--format", "text,json,html,sarif,junit", "--lang", "en", "-o", out.toString(),
                DATA, REFERENCE);
        assertEquals(1, code, "the seeds have errors");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("report.html", "report.json", "report.sarif", "report.txt", "report.xml"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files left");
        }
        // Each file is what that format alone prints, in the language asked for.
        assertEquals(stdout("check", "--format", "text", "--lang", "en", DATA, REFERENCE), Files.readString(out.resolve("report.txt")));
        assertEquals(stdout("check", "--format", "json", "--lang", "en", DATA, REFERENCE), Files.readString(out.resolve("report.json")));
        assertEquals(stdout("check", "--format", "html", "--lang", "en", DATA, REFERENCE), Files.readString(out.resolve("report.html")));
        assertTrue(Files.readString(out.resolve("report.txt")).contains("The figure is labelled \"全市\""));
        assertTrue(Files.readString(out.resolve("report.html")).contains("<html lang=\"en\">"));
        assertTrue(Files.readString(out.resolve("report.xml")).contains("The figure is labelled"));
        assertTrue(Files.readString(out.resolve("report.json")).contains("\"message\" : \"The figure is labelled"));
        assertTrue(Files.readString(out.resolve("report.sarif")).contains("\"text\" : \"The figure is labelled"));
    }

    @Test
    void oneFormatGoesToTheFileNamedAndReplacesIt() throws IOException {
        Path file = dir.resolve("seeds.sarif");
        Files.writeString(file, "old");
        assertEquals(1, exit("check", "--format", "sarif", "-o", file.toString(), DATA, REFERENCE));
        assertTrue(Files.readString(file).startsWith("{"));
        assertEquals(1, exit("check", "--format", "html", "-o", dir.toString(), DATA, REFERENCE),
                "an existing folder gets report.<ext>");
        assertTrue(Files.exists(dir.resolve("report.html")));
    }

    @Test
    void severalFormatsWithoutAFolderAreAUsageError() {
        assertEquals(2, exit("check", "--format", "text,json", DATA));
        assertEquals(2, exit("check", "--format", "text,pdf", "-o", dir.toString(), DATA));
    }

    @Test
    void aReportThatFailsHalfwayLeavesTheOldOneAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("report.html");
        Files.writeString(file, "the complete old report");
        ReportWriter failing = new ReportWriter() {
            public String format() {
                return "broken";
            }

            public String extension() {
                return "html";
            }

            public void write(CheckResult result, ReportOptions options, Writer out) throws IOException {
                out.write("<!DOCTYPE html><html><body>half");
                out.flush();
                throw new IOException("disk full");
            }
        };
        CheckResult empty = new CheckResult(List.of(), List.of(), List.of(), List.of(), List.of());
        assertThrows(IOException.class, () -> ReportFiles.write(file, failing, empty, ReportOptions.defaults()));
        assertEquals("the complete old report", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }
}
