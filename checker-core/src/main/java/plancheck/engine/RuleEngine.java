package plancheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.kie.api.runtime.KieSession;
import plancheck.Timings;
import plancheck.model.Figure;
import plancheck.model.Kind;

/** Runs the rule base over a set of figures in fresh sessions and collects the findings. */
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
        return run(figures, settings, Timings.OFF);
    }

    public List<Finding> run(List<Figure> figures, Settings settings, Timings timings) {
        long t0 = timings.start();
        List<RegionValue> values = regionValues(figures);
        List<Batch> batches = options.partition() && ruleBase.builtInOnly()
                ? batches(figures, values, options.batchFacts())
                : List.of(new Batch(figures, values));
        timings.stop("group", t0);
        List<Finding> all = new ArrayList<>();
        if (batches.size() == 1 || options.threads() == 1) {
            for (Batch b : batches) all.addAll(run(b, settings, timings));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), batches.size()), r -> {
                Thread t = new Thread(r, "plancheck-rules");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<List<Finding>>> results = new ArrayList<>();
                for (Batch b : batches) results.add(pool.submit(() -> run(b, settings, timings)));
                for (Future<List<Finding>> f : results) all.addAll(f.get());
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
        t0 = timings.start();
        all.sort(FindingSink.ORDER);
        timings.stop("sort", t0);
        return all;
    }

    /** The facts of one session. */
    record Batch(List<Figure> figures, List<RegionValue> values) {
    }

    private List<Finding> run(Batch batch, Settings settings, Timings timings) {
        FindingSink sink = new FindingSink(catalogue, settings);
        long t0 = timings.start();
        KieSession session = ruleBase.kieBase().newKieSession();
        try {
            session.setGlobal("sink", sink);
            session.setGlobal("settings", settings);
            timings.stop("session", t0);
            t0 = timings.start();
            for (Figure f : batch.figures()) session.insert(f);
            for (RegionValue v : batch.values()) session.insert(v);
            timings.stop("insert", t0);
            t0 = timings.start();
            session.fireAllRules(match -> {
                String id = RuleBase.ruleId(match.getRule().getName());
                return catalogue.get(id).map(r -> settings.severityOf(r) != Severity.OFF)
                        .orElse(settings.severities().get(id) != Severity.OFF);
            });
            timings.stop("fire", t0);
        } finally {
            session.dispose();
        }
        return sink.findings();
    }

    /**
     * Splits the facts into groups no built-in rule joins across. The rules on {@link Figure}s join
     * figures of one plan or one region (never a parent, never a {@link RegionValue}), so a region and
     * the plans it shares with others form a figure group; the rules on {@link RegionValue}s join a
     * region with its parent, always on one indicator, so the values of one indicator for a region with
     * all its ancestors and descendants form a value group.
     * Groups are packed together up to {@code batchFacts}; facts keep their order inside a batch.
     * A new built-in rule that joins across these lines must widen the groups here
     * ({@code EngineEquivalenceTest} compares against one session over everything).
     */
    static List<Batch> batches(List<Figure> figures, List<RegionValue> values, int batchFacts) {
        Map<String, String> byPlan = new HashMap<>();
        for (Figure f : figures) union(byPlan, f.region(), "\u0000plan " + f.planId());
        Map<String, String> byParent = new HashMap<>();
        for (RegionValue v : values) if (!v.parent().isEmpty()) union(byParent, v.region(), v.parent());
        // Groups in order of their first fact, so batches come out the same on every run.
        Map<String, List<Figure>> figureGroups = new LinkedHashMap<>();
        for (Figure f : figures) figureGroups.computeIfAbsent(find(byPlan, f.region()), k -> new ArrayList<>()).add(f);
        Map<String, List<RegionValue>> valueGroups = new LinkedHashMap<>();
        for (RegionValue v : values) {
            valueGroups.computeIfAbsent(find(byParent, v.region()) + '\u0000' + v.indicator(), k -> new ArrayList<>()).add(v);
        }

        List<Batch> batches = new ArrayList<>();
        List<Figure> fs = new ArrayList<>();
        List<RegionValue> vs = new ArrayList<>();
        for (List<Figure> g : figureGroups.values()) {
            fs.addAll(g);
            if (fs.size() >= batchFacts) {
                batches.add(batch(fs, new ArrayList<>()));
                fs = new ArrayList<>();
            }
        }
        for (List<RegionValue> g : valueGroups.values()) {
            vs.addAll(g);
            if (fs.size() + vs.size() >= batchFacts) {
                batches.add(batch(fs, vs));
                fs = new ArrayList<>();
                vs = new ArrayList<>();
            }
        }
        if (!fs.isEmpty() || !vs.isEmpty() || batches.isEmpty()) batches.add(batch(fs, vs));
        return batches;
    }

    private static Batch batch(List<Figure> fs, List<RegionValue> vs) {
        // Inside a session, facts go in the order of the whole corpus, as in one session over everything.
        fs.sort(Comparator.comparingInt(Figure::id));
        vs.sort(Comparator.comparingInt(RegionValue::seq));
        return new Batch(fs, vs);
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        for (String p; (p = parent.get(root)) != null && !p.equals(root); ) root = p;
        // Path compression: the next lookup of anything on this path is one step.
        for (String p; (p = parent.get(x)) != null && !p.equals(root); x = p) parent.put(x, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a), rb = find(parent, b);
        if (!ra.equals(rb)) parent.put(rb, ra);
    }

    /** Grouping key of {@link #regionValues}. */
    private record ValueKey(String region, String indicator, int year, Kind kind) {
    }

    /**
     * One value per region, indicator, year and kind, for the rules that add up or compare regions.
     * Linear: one pass to group, then one fact per group.
     */
    public static List<RegionValue> regionValues(List<Figure> figures) {
        Map<ValueKey, Figure> lowest = new HashMap<>();
        for (Figure f : figures) {
            if (f.value() == null || !f.known()) continue;
            ValueKey key = new ValueKey(f.region(), f.indicator(), f.year(), f.kind());
            lowest.merge(key, f, (a, b) -> b.value() < a.value() || (b.value().equals(a.value()) && b.id() < a.id()) ? b : a);
        }
        List<Figure> chosen = new ArrayList<>(lowest.values());
        chosen.sort(Comparator.comparingInt(Figure::id));
        List<RegionValue> out = new ArrayList<>(chosen.size());
        int seq = 0;
        for (Figure f : chosen) {
            out.add(new RegionValue(seq++, f.region(), f.level(), f.parent(), f.indicator(), f.additive(),
                    f.direction(), f.kind(), f.year(), f.value(), f.qualifier(), f));
        }
        return out;
    }
}
