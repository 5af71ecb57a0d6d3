package plancheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.engine.Finding;
import plancheck.engine.Settings;

/** The generator's promise: every planted fault gives exactly the findings it announces, and clean data none. */
class CorpusGeneratorTest {
    static final CorpusGenerator.Options SMALL = new CorpusGenerator.Options(2, 4, 5, 0.04, 7, true);

    static Map<String, Integer> perRule(CheckResult r) {
        Map<String, Integer> m = new TreeMap<>();
        for (String rule : CorpusGenerator.RULES) m.put(rule, 0);
        for (Finding f : r.findings()) m.merge(f.ruleId(), 1, Integer::sum);
        return m;
    }

    @Test
    void csvCorpusGivesThePlantedFindings(@TempDir Path dir) throws Exception {
        CorpusGenerator.Corpus c = CorpusGenerator.write(SMALL, dir, "csv");
        CheckResult r = new Checker(Settings.defaults()).check(List.of(dir));
        assertEquals(List.of(), r.errors());
        assertEquals(c.figures(), r.figures().size());
        assertEquals(c.expected(), perRule(r));
        c.expected().forEach((rule, n) -> assertTrue(n > 0, rule + " is planted at least once"));
    }

    @Test
    void jsonCorpusGivesTheSameFindingsAsCsv(@TempDir Path dir) throws Exception {
        CorpusGenerator.Corpus csv = CorpusGenerator.write(SMALL, dir.resolve("csv"), "csv");
        CorpusGenerator.Corpus json = CorpusGenerator.write(SMALL, dir.resolve("json"), "json");
        assertEquals(csv, json);
        CheckResult r = new Checker(Settings.defaults()).check(List.of(dir.resolve("json")));
        assertEquals(List.of(), r.errors());
        assertEquals(json.expected(), perRule(r));
    }

    @Test
    void cleanCorpusGivesNoFinding(@TempDir Path dir) throws Exception {
        CorpusGenerator.write(new CorpusGenerator.Options(1, 3, 4, 0, 3, false), dir, "csv");
        CheckResult r = new Checker(Settings.defaults()).check(List.of(dir));
        assertEquals(List.of(), r.errors());
        assertEquals(List.of(), r.findings());
    }
}
