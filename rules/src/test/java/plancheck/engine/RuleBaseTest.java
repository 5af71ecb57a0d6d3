package plancheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The built-in rule base: loaded once, with every rule of the catalogue. */
class RuleBaseTest {

    @Test
    void theBuiltInRulesLoadOnceAndHoldEveryCatalogueRule() {
        RuleBase first = RuleBase.builtIn();
        assertSame(first, RuleBase.builtIn());
        assertTrue(first.builtInOnly());
        Set<String> catalogue = new TreeSet<>();
        RuleCatalogue.standard().all().forEach(r -> catalogue.add(r.id()));
        assertEquals(catalogue, first.ruleIds());
        // A new rule base (as tests build to compare modes) has the same rules.
        assertEquals(RuleBase.builtIn(first.sequential()).ruleIds(), first.ruleIds());
        // So has the KIE container's, which picks packages and rule folders as kmodule.xml names them.
        assertEquals(catalogue, RuleBase.fromContainer().ruleIds());
    }

    /** A rule's home is one folder: its descriptor and one DRL file holding that rule (and its variants) only. */
    @Test
    void everyRuleFolderHoldsItsDescriptorAndOneDrlFileOfItsOwnRules() throws IOException {
        Path root = Path.of("src/main/resources", RuleCatalogue.FOLDER);
        Set<String> folders = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                String id = dir.getFileName().toString();
                folders.add(id);
                try (Stream<Path> files = Files.list(dir)) {
                    assertEquals(Set.of("rule.json", id + ".drl"), files.map(f -> f.getFileName().toString())
                            .collect(Collectors.toSet()), id);
                }
                Matcher rule = Pattern.compile("(?m)^rule \"([^\"]+)\"").matcher(Files.readString(dir.resolve(id + ".drl")));
                int rules = 0;
                for (; rule.find(); rules++) assertEquals(id, RuleBase.ruleId(rule.group(1)), id + ".drl holds " + rule.group(1));
                assertTrue(rules > 0, id + ".drl holds no rule");
            }
        }
        Set<String> catalogue = new TreeSet<>();
        RuleCatalogue.standard().all().forEach(r -> catalogue.add(r.id()));
        assertEquals(folders, catalogue);
    }
}
