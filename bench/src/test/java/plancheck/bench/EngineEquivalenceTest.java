package plancheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.engine.EngineOptions;
import plancheck.engine.RuleBase;
import plancheck.engine.RuleCatalogue;
import plancheck.engine.Settings;
import plancheck.model.IndicatorCatalogue;
import plancheck.read.Readers;

/**
 * Speed is not bought with findings: the seeds and a generated corpus give the same findings, in the
 * same order, with every engine optimisation off (one stateful session, one thread, no sequential
 * mode) and on (sequential mode, stateless sessions per group of indicators, in parallel, packed
 * small or large), and with the rule base built from the precompiled model classes or through the
 * KIE container.
 */
class EngineEquivalenceTest {
    static final List<EngineOptions> OPTIMISED = List.of(
            EngineOptions.REFERENCE,              // sequential mode alone
            EngineOptions.standard(),
            new EngineOptions(true, 1, 40_000),
            new EngineOptions(true, 2, 1),        // every indicator in its own session
            new EngineOptions(true, 3, 5_000));

    static void sameFindings(List<Path> inputs) {
        Checker plain = new Checker(Settings.defaults(), Readers.standard(plancheck.config.PlanDocuments.none()), RuleBase.builtIn(false),
                RuleCatalogue.standard(), IndicatorCatalogue.standard());
        CheckResult reference = plain.engine(EngineOptions.REFERENCE).check(inputs);
        Checker checker = new Checker(Settings.defaults());
        assertEquals(true, RuleBase.builtIn().sequential(), "the standard rule base is the optimised one");
        assertFalse(reference.findings().isEmpty(), "the inputs give findings to compare");
        for (EngineOptions o : OPTIMISED) {
            CheckResult r = checker.engine(o).check(inputs);
            assertEquals(reference.findings(), r.findings(), o.toString());
            assertEquals(reference.figures(), r.figures(), o.toString());
        }
        // The rule base built from the model classes (start-up path) against the KIE container's.
        Checker viaContainer = new Checker(Settings.defaults(), Readers.standard(plancheck.config.PlanDocuments.none()), RuleBase.fromContainer(),
                RuleCatalogue.standard(), IndicatorCatalogue.standard());
        assertEquals(reference.findings(), viaContainer.engine(EngineOptions.REFERENCE).check(inputs).findings());
    }

    @Test
    void seeds() {
        sameFindings(List.of(Path.of("..", "seeds")));
    }

    @Test
    void generatedCorpus(@TempDir Path dir) throws Exception {
        CorpusGenerator.write(new CorpusGenerator.Options(2, 2, 4, 0.05, 11, true), dir, "csv");
        sameFindings(List.of(dir));
    }
}
