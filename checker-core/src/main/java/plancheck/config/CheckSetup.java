package plancheck.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import plancheck.Checker;
import plancheck.engine.RuleBase;
import plancheck.engine.RuleCatalogue;
import plancheck.engine.Settings;
import plancheck.engine.Severity;
import plancheck.engine.Waiver;
import plancheck.model.IndicatorCatalogue;
import plancheck.read.Readers;
import plancheck.read.document.GivenPlan;

/**
 * Turns what the user wrote (plancheck.json, CLI flags, plugin parameters) into a ready Checker,
 * the same way for every surface: compiles the extra rule files, then checks severities, tolerances
 * and waivers against the rules that now exist. Every problem is a {@link ConfigException} whose
 * message names the file or flag and what is wrong.
 */
public record CheckSetup(Settings settings, RuleBase ruleBase, RuleCatalogue catalogue, PlanDocuments documents) {

    /**
     * The settings of a run: the config file (the one named, else {@code plancheck.json} in
     * {@code folder} if there is one), with {@code overrides} laid on top.
     *
     * @param configFile the file the user named, or null
     */
    public static CheckSetup load(Path configFile, Path folder, SettingsSource overrides) throws ConfigException {
        return of(settingsFile(configFile, folder).overriddenBy(overrides));
    }

    /** The settings file named, else {@code plancheck.json} in {@code folder} if there is one. */
    private static SettingsSource settingsFile(Path configFile, Path folder) throws ConfigException {
        if (configFile != null) return ConfigFile.read(configFile);
        if (folder != null && Files.isRegularFile(folder.resolve(ConfigFile.DEFAULT_NAME))) {
            return ConfigFile.read(folder.resolve(ConfigFile.DEFAULT_NAME));
        }
        return SettingsSource.empty();
    }

    /**
     * What documents are, from the settings file (as {@link #load} finds it) and the flags, for a
     * command that reads without checking ({@code plancheck extract}): compiles no rule.
     */
    public static PlanDocuments documents(Path configFile, Path folder, GivenPlan flags) throws ConfigException {
        return new PlanDocuments(settingsFile(configFile, folder).documents(), flags);
    }

    public static CheckSetup of(SettingsSource source) throws ConfigException {
        List<Path> ruleFiles = new ArrayList<>();
        for (ConfigValue r : source.ruleFiles()) {
            Path p = Path.of(r.value());
            if (!Files.isRegularFile(p)) throw new ConfigException(r.origin() + ": rule file not found: " + r.value());
            ruleFiles.add(p);
        }
        UserRules.Combined rules = UserRules.add(RuleBase.builtIn(), RuleCatalogue.standard(), ruleFiles);
        RuleCatalogue catalogue = rules.catalogue();

        Map<String, Severity> severities = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigValue> e : source.severities().entrySet()) {
            String id = e.getKey();
            ConfigValue v = e.getValue();
            if (catalogue.get(id).isEmpty()) {
                throw new ConfigException(v.origin() + ": unknown rule id '" + id + "' in severities (known: "
                        + String.join(", ", catalogue.all().stream().map(r -> r.id()).toList()) + ")");
            }
            Severity s = Severity.parse(v.value());
            if (s == null) {
                throw new ConfigException(v.origin() + ": unknown severity '" + v.value() + "' for " + id
                        + " (known: error, warning, info, off)");
            }
            severities.put(id, s);
        }

        Map<String, Double> tolerances = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigValue> e : source.tolerances().entrySet()) {
            ConfigValue v = e.getValue();
            if (!Settings.toleranceNames().contains(e.getKey())) {
                throw new ConfigException(v.origin() + ": unknown tolerance '" + e.getKey() + "' (known: "
                        + String.join(", ", Settings.toleranceNames()) + ")");
            }
            double d;
            try {
                d = Double.parseDouble(v.value().trim());
            } catch (NumberFormatException ex) {
                d = Double.NaN;
            }
            if (!(d >= 0) || Double.isInfinite(d)) {
                throw new ConfigException(v.origin() + ": tolerance " + e.getKey()
                        + " must be a number of 0 or more, not '" + v.value() + "'");
            }
            tolerances.put(e.getKey(), d);
        }

        List<Waiver> waivers = List.of();
        if (source.waivers() != null) {
            Path w = Path.of(source.waivers().value());
            if (!Files.isRegularFile(w)) {
                throw new ConfigException(source.waivers().origin() + ": waiver file not found: " + w);
            }
            waivers = WaiverFile.read(w, catalogue, IndicatorCatalogue.standard());
        }
        return new CheckSetup(new Settings(severities, tolerances, waivers), rules.ruleBase(), catalogue,
                source.planDocuments());
    }

    public Checker checker() {
        return new Checker(settings, Readers.standard(documents), ruleBase, catalogue, IndicatorCatalogue.standard());
    }
}
