package plancheck.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a user may change about a check, the same for the CLI ({@code plancheck.json}, flags) and the
 * Maven plugin (parameters): per-rule severities (or off), numeric tolerances, extra DRL files.
 */
public record Settings(Map<String, Severity> severities, Map<String, Double> tolerances, List<Path> ruleFiles) {
    /** Percentage points a stated share may differ from count / total before aggregate.share fires. */
    public static final String SHARE_TOLERANCE = "share";
    private static final Map<String, Double> DEFAULT_TOLERANCES = Map.of(SHARE_TOLERANCE, 0.5);

    public Settings {
        severities = Map.copyOf(severities);
        Map<String, Double> t = new TreeMap<>(DEFAULT_TOLERANCES);
        t.putAll(tolerances);
        tolerances = Map.copyOf(t);
        ruleFiles = List.copyOf(ruleFiles);
    }

    public static Settings defaults() {
        return new Settings(Map.of(), Map.of(), List.of());
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
}
