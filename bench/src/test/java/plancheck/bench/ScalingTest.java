package plancheck.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.InputFiles;
import plancheck.read.Readers;
import plancheck.engine.EngineOptions;
import plancheck.engine.RuleBase;
import plancheck.engine.RuleCatalogue;
import plancheck.engine.RuleEngine;
import plancheck.engine.Settings;
import plancheck.model.Figure;

/**
 * Fails when a rule (or the reading) becomes quadratic, e.g. a join written with {@code .equals()}
 * instead of {@code field == $bound}: the time may grow at most 2x as fast as the figures (about 15x
 * the figures). The rules now join series, not figures, so a bad join is a smaller part of the whole
 * than it was and the sizes are further apart: at 7x the figures the aggregate.city-total join written
 * with {@code .equals()} measured 20x against 9x linear, too close to a limit; at 15x the figures it
 * measures 43x (sequential mode; 73x in a stateful session) against 10-20x linear. The rules run in one session (no partitioning, which would hide a bad
 * join inside small groups). Time is this thread's CPU time, best of a few runs after warm-up, so other
 * processes on the machine do not count; only the ratio is asserted, never a duration.
 */
class ScalingTest {
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static final double MAX_GROWTH = 2.0;

    static Path corpus(Path dir, int cities) throws Exception {
        Path d = dir.resolve("c" + cities);
        CorpusGenerator.write(new CorpusGenerator.Options(1, cities, 8, 0.02, 5, true), d, "csv");
        return d;
    }

    static long bestCpuNanos(int runs, Supplier<?> work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            System.gc(); // each run starts from the same heap, so one run's garbage is not the next one's cost
            long t0 = THREADS.getCurrentThreadCpuTime();
            work.get();
            best = Math.min(best, THREADS.getCurrentThreadCpuTime() - t0);
        }
        return best;
    }

    static int read(Path dir) {
        int n = 0;
        for (Path f : InputFiles.expand(List.of(dir), READERS).files()) {
            n += READERS.forFile(f).orElseThrow().read(f, f.toString()).figures().size();
        }
        return n;
    }

    static final Readers READERS = Readers.standard();

    @Test
    void rulesAndReadingAreLinear(@TempDir Path dir) throws Exception {
        Path small = corpus(dir, 1);   // ~4,700 figures
        Path large = corpus(dir, 16);  // ~68,000 figures
        Checker checker = new Checker(Settings.defaults()).engine(EngineOptions.REFERENCE);
        List<Figure> smallFigures = checker.check(List.of(small)).figures();
        CheckResult largeResult = checker.check(List.of(large));
        List<Figure> largeFigures = largeResult.figures();
        RuleEngine engine = new RuleEngine(RuleBase.builtIn(), RuleCatalogue.standard(), EngineOptions.REFERENCE);
        Settings settings = Settings.defaults();

        // Warm-up: the JIT compiles the readers and the rules' lambdas before anything is timed.
        for (int i = 0; i < 2; i++) engine.run(largeFigures, settings);
        double figuresRatio = largeFigures.size() / (double) smallFigures.size();

        long rulesSmall = bestCpuNanos(7, () -> engine.run(smallFigures, settings));
        long rulesLarge = bestCpuNanos(3, () -> engine.run(largeFigures, settings));
        double rules = rulesLarge / (double) rulesSmall;

        for (int i = 0; i < 2; i++) read(large);
        long readSmall = bestCpuNanos(7, () -> read(small));
        long readLarge = bestCpuNanos(3, () -> read(large));
        double read = readLarge / (double) readSmall;

        String report = String.format("figures x%.1f: rules x%.1f (%d -> %d ms), reading x%.1f (%d -> %d ms)",
                figuresRatio, rules, rulesSmall / 1_000_000, rulesLarge / 1_000_000,
                read, readSmall / 1_000_000, readLarge / 1_000_000);
        System.out.println("ScalingTest: " + report);
        double limit = MAX_GROWTH * figuresRatio;
        assertTrue(rules <= limit, "rules are not linear: " + report);
        assertTrue(read <= limit, "reading is not linear: " + report);
    }
}
