package plancheck.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a user may change about a check, the same for the CLI ({@code plancheck.json}, flags) and the
 * Maven plugin (parameters): per-rule severities (or off), numeric tolerances and
 * the findings waived. Built and validated by {@code plancheck.config}.
 */
public record Settings(Map<String, Severity> severities, Map<String, Double> tolerances,
                       List<Waiver> waivers) {
    /** Percentage points a stated share may differ from count / total before aggregate.share fires. */
    public static final String SHARE_TOLERANCE = "share";
    private static final Map<String, Double> DEFAULT_TOLERANCES = Map.of(SHARE_TOLERANCE, 0.5);

    public Settings {
        severities = Map.copyOf(severities);
        Map<String, Double> t = new TreeMap<>(DEFAULT_TOLERANCES);
        t.putAll(tolerances);
        tolerances = Map.copyOf(t);
        waivers = List.copyOf(waivers);
    }

    public static Settings defaults() {
        return new Settings(Map.of(), Map.of(), List.of());
    }

    /** The tolerance names a user may set. */
    public static Set<String> toleranceNames() {
        return new java.util.TreeSet<>(DEFAULT_TOLERANCES.keySet());
    }

    public double tolerance(String name) {
        Double v = tolerances.get(name);
        if (v == null) throw new IllegalArgumentException("unknown tolerance " + name);
        return v;
    }

    /** The severity a rule reports with: the user's choice, else the catalogue's default. */
    public Severity severityOf(RuleInfo rule) {
        return severities.getOrDefault(rule.id(), rule.severity());
    }

    /** The first waiver that covers the finding, if any. */
    public Optional<Waiver> waiverFor(Finding f) {
        return waivers.stream().filter(w -> w.covers(f)).findFirst();
    }
}
