package plancheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/** The built-in rule base: loaded once, with every rule of the catalogue. */
class RuleBaseTest {

    private static Set<String> ruleIds(KieBase kieBase) {
        Set<String> ids = new TreeSet<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> ids.add(RuleBase.ruleId(r.getName()))));
        return ids;
    }

    @Test
    void theBuiltInRulesLoadOnceAndHoldEveryCatalogueRule() {
        RuleBase first = RuleBase.builtIn();
        assertSame(first, RuleBase.builtIn());
        assertTrue(first.builtInOnly());
        Set<String> catalogue = new TreeSet<>();
        RuleCatalogue.standard().all().forEach(r -> catalogue.add(r.id()));
        assertEquals(catalogue, ruleIds(first.kieBase()));
        // A new rule base (as tests build to compare modes) has the same rules.
        assertEquals(ruleIds(RuleBase.builtIn(first.sequential()).kieBase()), ruleIds(first.kieBase()));
    }
}
