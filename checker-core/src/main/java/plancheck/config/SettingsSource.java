package plancheck.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Settings as written in one place (plancheck.json, CLI flags, plugin parameters), not yet checked.
 * Each value remembers where it came from, so that an error can name the file or flag. Paths are
 * already resolved (against the config file's folder, or the working folder for flags).
 *
 * @param waivers the waiver file, or null
 */
public record SettingsSource(Map<String, ConfigValue> severities, Map<String, ConfigValue> tolerances,
                             List<ConfigValue> ruleFiles, ConfigValue waivers) {
    public SettingsSource {
        // Sorted, so that the first problem reported is the same on every run.
        severities = Collections.unmodifiableMap(new TreeMap<>(severities));
        tolerances = Collections.unmodifiableMap(new TreeMap<>(tolerances));
        ruleFiles = List.copyOf(ruleFiles);
    }

    public static SettingsSource empty() {
        return new SettingsSource(Map.of(), Map.of(), List.of(), null);
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
        return new SettingsSource(sev, tol, new ArrayList<>(rules.values()),
                over.waivers != null ? over.waivers : waivers);
    }
}
