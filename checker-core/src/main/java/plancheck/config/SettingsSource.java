package plancheck.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import plancheck.read.document.GivenPlan;

/**
 * Settings as written in one place (plancheck.json, CLI flags, plugin parameters), not yet checked.
 * Each value remembers where it came from, so that an error can name the file or flag. Paths are
 * already resolved (against the config file's folder, or the working folder for flags).
 *
 * @param waivers   the waiver file, or null
 * @param documents what documents without a usable title are, by absolute path ({@link DocumentsSection})
 * @param plan      what every document is where its title does not say (command-line flags)
 */
public record SettingsSource(Map<String, ConfigValue> severities, Map<String, ConfigValue> tolerances,
                             List<ConfigValue> ruleFiles, ConfigValue waivers,
                             Map<Path, GivenPlan> documents, GivenPlan plan) {
    public SettingsSource {
        // Sorted, so that the first problem reported is the same on every run.
        severities = Collections.unmodifiableMap(new TreeMap<>(severities));
        tolerances = Collections.unmodifiableMap(new TreeMap<>(tolerances));
        ruleFiles = List.copyOf(ruleFiles);
        documents = Collections.unmodifiableMap(new TreeMap<>(documents));
        plan = plan == null ? GivenPlan.NONE : plan;
    }

    public SettingsSource(Map<String, ConfigValue> severities, Map<String, ConfigValue> tolerances,
                          List<ConfigValue> ruleFiles, ConfigValue waivers) {
        this(severities, tolerances, ruleFiles, waivers, Map.of(), GivenPlan.NONE);
    }

    public static SettingsSource empty() {
        return new SettingsSource(Map.of(), Map.of(), List.of(), null);
    }

    /** These settings, with what documents are: per file, and for every document (flags). */
    public SettingsSource withDocuments(Map<Path, GivenPlan> perFile, GivenPlan forAll) {
        return new SettingsSource(severities, tolerances, ruleFiles, waivers, perFile, forAll);
    }

    /** What the user says each document is, for the readers. */
    public PlanDocuments planDocuments() {
        return new PlanDocuments(documents, plan);
    }

    /**
     * Settings given as plain values (CLI flags, plugin parameters); relative paths are resolved
     * against {@code base}.
     */
    public static SettingsSource of(String origin, Path base, Map<String, String> severities,
                                    Map<String, String> tolerances, List<String> ruleFiles, String waivers) {
        Map<String, ConfigValue> sev = new LinkedHashMap<>();
        if (severities != null) severities.forEach((k, v) -> sev.put(k.trim(), new ConfigValue(v, origin)));
        Map<String, ConfigValue> tol = new LinkedHashMap<>();
        if (tolerances != null) tolerances.forEach((k, v) -> tol.put(k.trim(), new ConfigValue(v, origin)));
        List<ConfigValue> rules = new ArrayList<>();
        if (ruleFiles != null) for (String r : ruleFiles) rules.add(new ConfigValue(resolve(base, r), origin));
        ConfigValue w = waivers == null || waivers.isBlank() ? null : new ConfigValue(resolve(base, waivers), origin);
        return new SettingsSource(sev, tol, rules, w);
    }

    /**
     * {@code id=value} entries as a map (command-line forms of the severities and tolerances);
     * an entry without '=' is an error naming {@code origin}.
     */
    public static Map<String, String> pairs(List<String> entries, String origin) throws ConfigException {
        Map<String, String> out = new LinkedHashMap<>();
        if (entries == null) return out;
        for (String e : entries) {
            if (e == null || e.isBlank()) continue;
            int eq = e.indexOf('=');
            if (eq <= 0) throw new ConfigException(origin + ": expected name=value, not '" + e.trim() + "'");
            out.put(e.substring(0, eq).trim(), e.substring(eq + 1).trim());
        }
        return out;
    }

    static String resolve(Path base, String path) {
        Path p = Path.of(path.trim());
        return (p.isAbsolute() || base == null ? p : base.resolve(p)).normalize().toString();
    }

    /**
     * These settings with {@code over} laid on top: its severities, tolerances and waiver file win;
     * its rule files are loaded in addition to these (each file once).
     */
    public SettingsSource overriddenBy(SettingsSource over) {
        Map<String, ConfigValue> sev = new LinkedHashMap<>(severities);
        sev.putAll(over.severities);
        Map<String, ConfigValue> tol = new LinkedHashMap<>(tolerances);
        tol.putAll(over.tolerances);
        Map<String, ConfigValue> rules = new LinkedHashMap<>();
        for (ConfigValue r : ruleFiles) rules.putIfAbsent(r.value(), r);
        for (ConfigValue r : over.ruleFiles) rules.putIfAbsent(r.value(), r);
        Map<Path, GivenPlan> docs = new java.util.HashMap<>(documents);
        docs.putAll(over.documents);
        return new SettingsSource(sev, tol, new ArrayList<>(rules.values()),
                over.waivers != null ? over.waivers : waivers, docs, over.plan.isEmpty() ? plan : over.plan);
    }
}
