package plancheck.bench.jmh;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import plancheck.engine.EngineOptions;
import plancheck.engine.Finding;
import plancheck.engine.Facts;
import plancheck.engine.RuleBase;
import plancheck.engine.RuleCatalogue;
import plancheck.engine.RuleEngine;
import plancheck.engine.Settings;
import plancheck.read.CsvPlanReader;
import plancheck.read.JsonPlanReader;

/**
 * The hot parts of a large check, each on the same 46,054 figures: reading (CSV, JSON), grouping
 * figures into region values, and firing all built-in rules (one session, and partitioned). Divide
 * by the figure count for a per-figure cost. Run by {@code bench/run.sh jmh}, never by {@code mvn verify}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class HotPathBenchmarks {
    private static final RuleEngine ONE_SESSION =
            new RuleEngine(RuleBase.builtIn(), RuleCatalogue.standard(), EngineOptions.REFERENCE);
    private static final RuleEngine PARTITIONED =
            new RuleEngine(RuleBase.builtIn(), RuleCatalogue.standard(), EngineOptions.standard());

    @Benchmark
    public int readCsv(CorpusState s) {
        int n = 0;
        CsvPlanReader r = new CsvPlanReader();
        for (Path f : s.csv) n += r.read(f, f.toString()).figures().size();
        return n;
    }

    @Benchmark
    public int readJson(CorpusState s) {
        int n = 0;
        JsonPlanReader r = new JsonPlanReader();
        for (Path f : s.json) n += r.read(f, f.toString()).figures().size();
        return n;
    }

    @Benchmark
    public Facts group(CorpusState s) {
        return Facts.of(s.figures);
    }

    @Benchmark
    public List<Finding> fireOneSession(CorpusState s) {
        return ONE_SESSION.run(s.figures, Settings.defaults());
    }

    @Benchmark
    public List<Finding> firePartitioned(CorpusState s) {
        return PARTITIONED.run(s.figures, Settings.defaults());
    }
}
