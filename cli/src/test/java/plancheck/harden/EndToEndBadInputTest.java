package plancheck.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line over a folder holding the seeds' data and one bad file: the bad file's one line
 * on stderr, exit 2, and the seeds still checked and reported in full.
 */
class EndToEndBadInputTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "csv-thousands-separator.csv | csv-thousands-separator.csv:2: value '1,110' is not a number (write it without thousands separators)",
        "csv-unterminated-quote.csv  | csv-unterminated-quote.csv:2: unterminated quoted field",
        "csv-not-utf8.csv            | csv-not-utf8.csv:2: not UTF-8 text: save the CSV as UTF-8",
        "csv-header-only.csv         | csv-header-only.csv: no figures",
        "json-syntax-error.json      | json-syntax-error.json:2:23: malformed JSON: Unexpected character",
        "json-deeply-nested.json     | json-deeply-nested.json:1:",
    })
    void badFileGivesOneLineAndExit2WhileTheSeedsAreStillReported(String bad, String expectedLine) throws IOException {
        copySeeds(dir);
        Files.copy(BadInputCorpusTest.CORPUS.resolve(bad), dir.resolve(bad));
        Run run = Run.of("check", "--lang", "en", dir.toString());
        assertEquals(2, run.exit(), run::err);
        List<String> errLines = run.err().lines().toList();
        assertEquals(1, errLines.size(), run::err);
        assertTrue(errLines.get(0).startsWith(dir.resolve(bad).toString().replace('\\', '/') + ":")
                || errLines.get(0).contains(bad), run::err);
        assertTrue(errLines.get(0).contains(expectedLine), () -> "expected '" + expectedLine + "' in " + run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run::err);
        // The good files next to it are checked as if the bad one were not there.
        assertEquals(2, count(run.out(), "error scope.label"), run::out);
        assertEquals(2, count(run.out(), "warning aggregate.share"), run::out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"no-such-file.csv | no such file or folder", "notes.md | not a plan file"})
    void badPathsAreOneLineEachToo(String name, String expected) throws IOException {
        copySeeds(dir);
        if (name.endsWith(".md")) Files.writeString(dir.resolve(name), "# notes\n");
        Run run = Run.of("check", "--lang", "en", dir.resolve("data").toString(), dir.resolve("reference").toString(),
                dir.resolve(name).toString());
        assertEquals(2, run.exit());
        assertEquals(List.of(dir.resolve(name) + ": " + expected + (name.endsWith(".md")
                ? ": plancheck reads " + plancheck.read.Readers.KNOWN : "")), run.err().lines().toList());
        assertEquals(2, count(run.out(), "error scope.label"), run::out);
    }

    static void copySeeds(Path to) throws IOException {
        for (String sub : List.of("data", "reference")) {
            Path from = Path.of("seeds").resolve(sub);
            Files.createDirectories(to.resolve(sub));
            try (Stream<Path> s = Files.list(from)) {
                for (Path p : s.toList()) {
                    Files.copy(p, to.resolve(sub).resolve(p.getFileName().toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) n++;
        return n;
    }
}
