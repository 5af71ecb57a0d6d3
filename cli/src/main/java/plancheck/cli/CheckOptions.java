package plancheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import plancheck.Checker;
import plancheck.config.CheckSetup;
import plancheck.config.ConfigException;
import plancheck.config.SettingsSource;
import plancheck.report.Messages;

/**
 * The options of a check that {@code check} and {@code annotate} share: settings file, rules,
 * severities, tolerances, waivers, and what title-less documents are.
 */
public final class CheckOptions {
    @picocli.CommandLine.Mixin
    PlanOptions plan = new PlanOptions();

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file (default: ./plancheck.json if present). The flags below override it.")
    Path config;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "A DRL file of your own rules, loaded next to the built-in ones (repeatable). Rule files are code: name only files you trust.")
    List<String> ruleFiles = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "ID=LEVEL",
            description = "Change a rule's severity: error, warning, info or off (repeatable).")
    Map<String, String> severities = new LinkedHashMap<>();

    @Option(names = "--tolerance", paramLabel = "NAME=VALUE",
            description = "Change a tolerance, e.g. share=1 (percentage points) (repeatable).")
    Map<String, String> tolerances = new LinkedHashMap<>();

    @Option(names = "--waivers", paramLabel = "FILE", description = "CSV of accepted findings: rule,region,indicator,year,reason.")
    String waivers;

    /** The checker these settings make; null (with the reasons printed) when they are wrong. */
    Checker checker(PrintWriter err) {
        try {
            SettingsSource flags = SettingsSource.of("command line", null, severities, tolerances, ruleFiles, waivers)
                    .withDocuments(Map.of(), plan.given());
            return CheckSetup.load(config, Path.of(""), flags).checker();
        } catch (ConfigException e) {
            for (String line : e.getMessage().split("\n")) err.println("plancheck: " + line);
            return null;
        }
    }
}
