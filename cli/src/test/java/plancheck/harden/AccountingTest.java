package plancheck.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.engine.Settings;
import plancheck.read.PlanData;

/**
 * Nothing read is lost: for every file, the figures it gave plus those it could not classify plus
 * those rejected with a reason add up to the rows (CSV) or figure objects (JSON) it holds, counted
 * here independently. A file refused as a whole (not UTF-8, no usable header, malformed) gives no
 * figures and says why. The JSON report's summary adds up the same way.
 */
class AccountingTest {
    private final Checker checker = new Checker(Settings.defaults());

    @Test
    void everyFigureOfTheSeedsIsAccountedFor() throws IOException {
        CheckResult r = checker.check(List.of(Path.of("seeds")));
        assertTrue(r.figures().size() > 50);
        for (PlanData d : r.inputs()) assertAccounted(d, r);
        assertEquals(0, r.rejected());
    }

    @Test
    void everyFigureOfTheBadInputCorpusIsAccountedFor() throws IOException {
        CheckResult r = checker.check(List.of(BadInputCorpusTest.CORPUS));
        assertEquals(BadInputCorpusTest.cases().size(), r.inputs().size());
        for (PlanData d : r.inputs()) assertAccounted(d, r);
        assertTrue(r.rejected() > 5, "the corpus rejects rows, each with its reason");
    }

    @Test
    void theJsonSummaryAddsUp() throws IOException {
        Run run = Run.of("check", "--format", "json", "seeds", BadInputCorpusTest.CORPUS.toString());
        JsonNode report = new ObjectMapper().readTree(run.out());
        JsonNode summary = report.get("summary");
        int figures = 0, rejected = 0, unclassified = 0;
        for (JsonNode d : report.get("documents")) {
            figures += d.get("figures").asInt();
            rejected += d.get("rejected").asInt();
            unclassified += d.get("unclassified").asInt();
        }
        assertEquals(figures, summary.get("figures").asInt());
        assertEquals(rejected, summary.get("rejected").asInt());
        assertEquals(unclassified, summary.get("unclassified").asInt());
        assertEquals(report.get("errors").size(), summary.get("input_errors").asInt());
        assertTrue(rejected <= summary.get("input_errors").asInt(), "every rejected figure has its error line");
    }

    private static void assertAccounted(PlanData d, CheckResult r) throws IOException {
        Path file = Path.of(d.file());
        int accounted = d.figures().size() + d.unclassified().size() + d.rejected();
        long errors = r.errors().stream().filter(e -> e.file().equals(d.file())).count();
        assertTrue(d.rejected() <= errors, () -> d.file() + ": every rejected figure has an error line");
        Integer held = held(file);
        if (accounted == 0) {
            // Nothing read: the file was refused, or holds nothing; either way it says so.
            assertTrue(errors > 0, () -> d.file() + " gave nothing and said nothing");
        } else if (held != null) {
            assertEquals(held, accounted, () -> d.file() + ": figures + unclassified + rejected");
        } else if (!d.file().endsWith(".txt")) {
            // Could not be counted independently (malformed part way): the reader said where it stopped.
            // (A document's numbers have no independent count: for them the sum is the rule above.)
            assertTrue(errors > 0, d::file);
        }
    }

    /** Rows or figure objects in the file, by a plain parse; null when that parse fails. */
    static Integer held(Path file) {
        String name = file.getFileName().toString();
        try {
            if (name.endsWith(".csv")) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                     CSVParser p = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader()
                             .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).build())) {
                    return p.getRecords().size();
                }
            }
            if (name.endsWith(".json")) {
                JsonNode root = new ObjectMapper().readTree(file.toFile());
                JsonNode plans = root.isArray() ? root : root.has("plans") ? root.get("plans") : null;
                if (plans == null) return count(root);
                int n = 0;
                for (JsonNode p : plans) n += count(p);
                return n;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private static int count(JsonNode plan) {
        JsonNode f = plan == null ? null : plan.get("figures");
        return f != null && f.isArray() ? f.size() : 0;
    }
}
