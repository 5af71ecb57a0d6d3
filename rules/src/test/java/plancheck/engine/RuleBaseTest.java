package plancheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
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
    }
}
