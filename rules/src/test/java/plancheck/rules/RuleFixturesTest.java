package plancheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.engine.Finding;
import plancheck.engine.RuleCatalogue;
import plancheck.engine.RuleInfo;
import plancheck.engine.Settings;

/**
 * Every rule of the catalogue has a folder under {@code src/test/resources/rules/<rule-id>/} with
 * {@code fires.csv} (and {@code expected.txt}: "line rule-id [variant]" per expected finding) and
 * {@code passes.csv}, on which the rule must stay silent. The rules run in a real Drools session.
 */
class RuleFixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/rules");
    private static final Checker CHECKER = new Checker(Settings.defaults());

    @Test
    void everyRuleHasFixtures() {
        for (RuleInfo r : RuleCatalogue.standard().all()) {
            Path dir = FIXTURES.resolve(r.id());
            assertTrue(Files.isRegularFile(dir.resolve("fires.csv")), r.id() + " lacks fires.csv");
            assertTrue(Files.isRegularFile(dir.resolve("passes.csv")), r.id() + " lacks passes.csv");
            assertTrue(Files.isRegularFile(dir.resolve("expected.txt")), r.id() + " lacks expected.txt");
        }
    }

    @TestFactory
    Stream<DynamicTest> firesWhereExpected() {
        return RuleCatalogue.standard().all().stream().map(r -> DynamicTest.dynamicTest(r.id() + " fires", () -> {
            Path dir = FIXTURES.resolve(r.id());
            CheckResult result = check(dir.resolve("fires.csv"));
            TreeSet<String> expected = new TreeSet<>(Files.readAllLines(dir.resolve("expected.txt")).stream()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList());
            assertEquals(expected, found(result, r.id()), r.id() + " on fires.csv");
        }));
    }

    @TestFactory
    Stream<DynamicTest> silentWhereNot() {
        return RuleCatalogue.standard().all().stream().map(r -> DynamicTest.dynamicTest(r.id() + " passes", () -> {
            CheckResult result = check(FIXTURES.resolve(r.id()).resolve("passes.csv"));
            assertEquals(new TreeSet<>(), found(result, r.id()), r.id() + " on passes.csv");
        }));
    }

    private static CheckResult check(Path file) throws IOException {
        CheckResult result = CHECKER.check(List.of(file));
        assertEquals(List.of(), result.errors(), "fixture " + file + " must be valid input");
        return result;
    }

    /** "line rule-id" per finding of the rule, with the variant for rules that have variants. */
    private static TreeSet<String> found(CheckResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId))
                .map(RuleFixturesTest::describe).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String describe(Finding f) {
        String s = f.source().line() + " " + f.ruleId();
        boolean variant = f.ruleId().equals("aggregate.share");
        return variant ? s + " " + f.args().get(0) : s;
    }
}
