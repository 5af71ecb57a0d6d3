package plancheck.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad settings: a config with an unknown rule id, key or severity, broken JSON, bytes that are not
 * UTF-8, a rule file that does not compile or takes a built-in id, a waiver for an unknown rule.
 * Each stops the check with exit 2 and exactly one line naming the file, and writes no report.
 */
class BadSettingsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"severities\": {\"target.blnk\": \"off\"}}        | plancheck.json: unknown rule id 'target.blnk' in severities",
        "{\"severities\": {\"target.blank\": \"fatal\"}}     | plancheck.json: unknown severity 'fatal' for target.blank",
        "{\"severities\": {\"target.blank\": \"off\"}        | plancheck.json:1: not valid JSON",
        "{\"severites\": {}}                                 | plancheck.json: unknown key 'severites'",
        "{\"tolerances\": {\"share\": \"abc\"}}              | plancheck.json: tolerance share must be a number",
        "{\"ruleFiles\": [\"missing.drl\"]}                  | rule file not found",
        "{\"ruleFiles\": [\"broken.drl\"]}                   | broken.drl:5: rule file does not compile: ",
        "{\"ruleFiles\": [\"builtin-id.drl\"]}               | builtin-id.drl: rule 'scope.label' takes the id of a built-in rule",
        "{\"waivers\": \"waivers.csv\"}                      | waivers.csv:2: unknown rule id 'no.such'",
        "GBK                                                 | plancheck.json:1: not UTF-8 text",
    })
    void badSettingsGiveOneLineAndExit2(String config, String expected) throws IOException {
        Path cfg = dir.resolve("plancheck.json");
        if (config.equals("GBK")) Files.write(cfg, "{\"severities\": {\"target.blank\": \"关\"}}".getBytes("GBK"));
        else Files.writeString(cfg, config);
        Files.writeString(dir.resolve("broken.drl"),
                "package x;\nimport plancheck.model.*;\nrule \"a\"\nwhen\n  $f : Figure( nonsense == )\nthen\nend\n");
        Files.writeString(dir.resolve("builtin-id.drl"), "package x;\nimport plancheck.model.*;\n"
                + "rule \"scope.label\"\nwhen\n  $f : Figure()\nthen\nend\n");
        Files.writeString(dir.resolve("waivers.csv"), "rule,region,indicator,year,reason\nno.such,河北区,有效发明专利,2020,x\n",
                StandardCharsets.UTF_8);
        Run run = Run.of("check", "--config", cfg.toString(), "seeds/reference");
        assertEquals(2, run.exit(), run::err);
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run::err);
        assertTrue(lines.get(0).startsWith("plancheck: "), run::err);
        assertTrue(lines.get(0).contains(expected), () -> "expected '" + expected + "' in " + run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run::err);
        assertEquals("", run.out(), "no report from a check that did not run");
    }
}
