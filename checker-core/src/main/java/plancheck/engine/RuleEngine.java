package plancheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import plancheck.Timings;
import plancheck.model.Figure;
import plancheck.model.Kind;

/** Runs the rule base over a set of figures in a fresh session and collects the findings. */
public final class RuleEngine {
    private final RuleBase ruleBase;
    private final RuleCatalogue catalogue;

    public RuleEngine(RuleBase ruleBase, RuleCatalogue catalogue) {
        this.ruleBase = ruleBase;
        this.catalogue = catalogue;
    }

    public List<Finding> run(List<Figure> figures, Settings settings) {
        return run(figures, settings, Timings.OFF);
    }

    public List<Finding> run(List<Figure> figures, Settings settings, Timings timings) {
        FindingSink sink = new FindingSink(catalogue, settings);
        long t0 = timings.start();
        KieSession session = ruleBase.kieBase().newKieSession();
        try {
            session.setGlobal("sink", sink);
            session.setGlobal("settings", settings);
            timings.stop("session", t0);
            t0 = timings.start();
            List<RegionValue> values = regionValues(figures);
            timings.stop("group", t0);
            t0 = timings.start();
            for (Figure f : figures) session.insert(f);
            for (RegionValue v : values) session.insert(v);
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
        t0 = timings.start();
        List<Finding> findings = sink.findings();
        timings.stop("sort", t0);
        return findings;
    }

    /**
     * One value per region, indicator, year and kind, for the rules that add up or compare regions.
     * Linear: one pass to group, then one fact per group.
     */
    static List<RegionValue> regionValues(List<Figure> figures) {
        Map<String, Figure> lowest = new HashMap<>();
        for (Figure f : figures) {
            if (f.value() == null || !f.known()) continue;
            String key = f.region() + '\u0000' + f.indicator() + '\u0000' + f.year() + '\u0000' + f.kind();
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
