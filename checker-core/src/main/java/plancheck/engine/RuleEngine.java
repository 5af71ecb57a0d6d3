package plancheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.kie.api.command.ExecutableCommand;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.RegistryContext;
import plancheck.Timings;
import plancheck.model.Figure;

/**
 * Runs the rule base over a set of figures and collects the findings: splits the figures by indicator
 * ({@link #batches}), and on every core groups each batch into series ({@link Facts}) and checks them
 * in a fresh session — stateless in sequential mode for the built-in rules, stateful (with each figure
 * and region value as a fact too) for a rule base with user rules.
 */
public final class RuleEngine {
    private final RuleBase ruleBase;
    private final RuleCatalogue catalogue;
    private final EngineOptions options;

    public RuleEngine(RuleBase ruleBase, RuleCatalogue catalogue) {
        this(ruleBase, catalogue, EngineOptions.standard());
    }

    public RuleEngine(RuleBase ruleBase, RuleCatalogue catalogue, EngineOptions options) {
        this.ruleBase = ruleBase;
        this.catalogue = catalogue;
        this.options = options;
    }

    public List<Finding> run(List<Figure> figures, Settings settings) {
        return check(figures, settings, Timings.OFF).findings();
    }

    /** What the rules gave: the findings in report order, and the district totals in the order of their cities' figures. */
    public record Outcome(List<Finding> findings, List<DistrictTotal> districtTotals) {
    }

    public Outcome check(List<Figure> figures, Settings settings, Timings timings) {
        long t0 = timings.start();
        List<Batch> batches;
        if (!ruleBase.builtInOnly()) {
            // Rules of unknown shape may join anything: one session, with the figures and region values too.
            batches = List.of(new Batch(figures, true));
        } else if (options.partition()) {
            batches = batches(figures, options.batchFigures());
        } else {
            batches = List.of(new Batch(figures, false));
        }
        timings.stop("group", t0);
        t0 = timings.start();
        List<Outcome> outcomes = new ArrayList<>();
        if (batches.size() == 1 || options.threads() == 1) {
            for (Batch b : batches) outcomes.add(run(b, settings, timings));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), batches.size()), r -> {
                Thread t = new Thread(r, "plancheck-rules");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Outcome>> results = new ArrayList<>();
                for (Batch b : batches) results.add(pool.submit(() -> run(b, settings, timings)));
                for (Future<Outcome> f : results) outcomes.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) throw re;
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        timings.stop("rules", t0);
        t0 = timings.start();
        List<Finding> all = new ArrayList<>();
        List<DistrictTotal> totals = new ArrayList<>();
        for (Outcome o : outcomes) {
            all.addAll(o.findings());
            totals.addAll(o.districtTotals());
        }
        all.sort(FindingSink.ORDER);
        totals.sort(Comparator.comparingInt(t -> t.city().id()));
        timings.stop("sort", t0);
        return new Outcome(all, totals);
    }

    /**
     * The figures of one session, in load order. The session's facts are their series, grouped on the
     * session's own thread; {@code withFigures} (user rules) adds each figure and region value as well.
     */
    record Batch(List<Figure> figures, boolean withFigures) {
    }

    private Outcome run(Batch batch, Settings settings, Timings timings) {
        // Rules switched off still run; the sink drops what they report (one place decides).
        FindingSink sink = new FindingSink(catalogue, settings);
        long t0 = timings.start();
        Facts series = Facts.of(batch.figures());
        List<Object> facts = new ArrayList<>(series.size());
        facts.addAll(series.planSeries());
        facts.addAll(series.regionSeries());
        facts.addAll(series.districtTotals());
        if (batch.withFigures()) {
            facts.addAll(batch.figures());
            facts.addAll(series.regionValues());
        }
        timings.stop("series", t0);
        if (ruleBase.sequential()) {
            StatelessKieSession session = ruleBase.kieBase().newStatelessKieSession();
            session.setGlobal("sink", sink);
            session.setGlobal("settings", settings);
            // What execute(facts) does (insert each, then fire all rules in the same fresh session),
            // as a command, so that the moment between inserting and firing can be timed.
            long[] mark = {timings.start()};
            session.execute((ExecutableCommand<Void>) context -> {
                KieSession fresh = ((RegistryContext) context).lookup(KieSession.class);
                for (Object fact : facts) fresh.insert(fact);
                timings.stop("insert", mark[0]);
                mark[0] = timings.start();
                return null;
            });
            timings.stop("fire", mark[0]);
            return new Outcome(sink.findings(), series.districtTotals());
        }
        t0 = timings.start();
        KieSession session = ruleBase.kieBase().newKieSession();
        try {
            session.setGlobal("sink", sink);
            session.setGlobal("settings", settings);
            for (Object fact : facts) session.insert(fact);
            timings.stop("insert", t0);
            t0 = timings.start();
            session.fireAllRules();
            timings.stop("fire", t0);
        } finally {
            session.dispose();
        }
        return new Outcome(sink.findings(), series.districtTotals());
    }

    /**
     * Splits the figures by indicator: every built-in rule looks at one series, or joins series on
     * {@code indicator == $i}, so no rule can match across two indicators. Indicators, in the order of
     * their first figure, are packed into sessions of about {@code batchFigures} figures; each session
     * groups its own figures into series, so grouping runs on every core too. A new built-in rule that
     * joins across indicators must change this ({@code EngineEquivalenceTest} compares against one
     * session over everything).
     */
    static List<Batch> batches(List<Figure> figures, int batchFigures) {
        Map<String, List<Figure>> byIndicator = new LinkedHashMap<>();
        for (Figure f : figures) byIndicator.computeIfAbsent(f.indicator(), k -> new ArrayList<>()).add(f);
        List<Batch> batches = new ArrayList<>();
        List<Figure> batch = new ArrayList<>();
        for (List<Figure> indicator : byIndicator.values()) {
            batch.addAll(indicator);
            if (batch.size() >= batchFigures) {
                batches.add(new Batch(batch, false));
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty() || batches.isEmpty()) batches.add(new Batch(batch, false));
        return batches;
    }
}
