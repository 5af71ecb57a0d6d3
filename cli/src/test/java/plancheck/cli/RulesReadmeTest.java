package plancheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import plancheck.engine.RuleCatalogue;
import plancheck.engine.RuleInfo;
import plancheck.engine.RuleText;
import plancheck.report.RuleTable;

/** The README's rule table is exactly what {@code plancheck rules --format markdown} prints. */
class RulesReadmeTest {
    private static String rulesMarkdown(String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "rules";
        args[1] = "--format";
        args[2] = "markdown";
        System.arraycopy(extra, 0, args, 3, extra.length);
        Cli cli = Cli.run(args);
        assertEquals(0, cli.exit(), cli.err());
        return cli.out();
    }

    @Test
    void readmeRulesSectionIsTheCommandsOutput() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Rules\n");
        assertTrue(start >= 0, "README has a '## Rules' section");
        int bodyStart = start + "\n## Rules\n\n".length();
        int end = readme.indexOf("\n## ", bodyStart);
        String section = readme.substring(bodyStart, end < 0 ? readme.length() : end + 1).stripTrailing() + "\n";
        assertEquals(rulesMarkdown(), section,
                "README.md's '## Rules' section differs from 'plancheck rules --format markdown'; paste the output in");
    }

    @Test
    void tableHasEveryRuleWithItsExampleAndFixInBothLanguages() {
        for (String lang : new String[] {"zh", "en"}) {
            String md = rulesMarkdown("--lang", lang);
            for (RuleInfo r : RuleCatalogue.standard().all()) {
                String row = md.lines().filter(l -> l.startsWith("| <a id=\"" + RuleTable.anchor(r.id()) + "\"></a>`" + r.id() + "` |")).findFirst()
                        .orElseThrow(() -> new AssertionError("no row for " + r.id()));
                assertTrue(row.contains("| " + r.severity().code() + " |"), row);
                RuleText t = r.text(lang.equals("en"));
                assertTrue(row.contains(t.name()) && row.contains(t.example()) && row.contains(t.fix()), "the descriptor's texts: " + row);
                assertEquals(6, row.split("(?<!\\\\)\\|", -1).length - 1, "five cells: " + row);
            }
        }
    }
}
