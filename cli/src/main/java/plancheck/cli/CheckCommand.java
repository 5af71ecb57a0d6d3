package plancheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.Timings;
import plancheck.config.CheckSetup;
import plancheck.config.ConfigException;
import plancheck.config.SettingsSource;
import plancheck.engine.Severity;
import plancheck.read.InputError;
import plancheck.report.Messages;
import plancheck.report.ReportFiles;
import plancheck.report.ReportOptions;
import plancheck.report.ReportWriter;
import plancheck.report.Reports;

/** {@code plancheck check}: read plan files, run every rule over them together, report. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Reads the plan files and folders given (*.csv, *.json, *.txt), runs every rule over all of "
                + "them together (so a district's plan is checked against its city's), and reports each "
                + "inconsistency with the file and line it came from.",
            "",
            "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 a usage or "
                + "input error (the other files are still checked and reported)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  plancheck check seeds/",
            "  plancheck check --format json --fail-on warning seeds/",
            "  plancheck check --format text,json,html,sarif,junit -o reports/ seeds/",
            "  plancheck check --lang en --severity aggregate.share=off plans/"})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Plan files, or folders to search for them.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", split = ",",
            description = "Report format(s), comma-separated: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "Several formats need -o DIR.",
            completionCandidates = FormatNames.class)
    List<String> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
            description = "Write the report to FILE instead of standard output; with several formats, or when DIR "
                    + "is an existing folder, write DIR/report.<ext> for each. A report is replaced only once the "
                    + "new one is complete.")
    String output;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY",
            description = "Exit 1 when a finding is at least this serious: error, warning, info or off (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG",
            description = "Language of the messages: zh or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = {"-v", "--verbose"}, description = "Also list, per document, the numbers that could not be classified.")
    boolean verbose;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    @Option(names = "--timings", description = "Print the time each phase took (rulebase, read, group, rules, sort, report) to stderr.")
    boolean timings;

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

    @picocli.CommandLine.Mixin
    PlanOptions plan = new PlanOptions();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Severity threshold = Severity.threshold(failOn);
        if (threshold == null) {
            err.println("plancheck: --fail-on must be error, warning, info or off, not '" + failOn + "'");
            return Main.INPUT_ERROR;
        }
        List<ReportWriter> writers;
        Messages messages;
        try {
            writers = Reports.parse(formats, "--format");
            messages = Messages.of(lang);
        } catch (IllegalArgumentException e) {
            err.println("plancheck: " + e.getMessage());
            return Main.INPUT_ERROR;
        }
        if (writers.size() > 1 && output == null) {
            err.println("plancheck: several formats need -o DIR (each is written there as report.<ext>)");
            return Main.INPUT_ERROR;
        }
        Timings t = timings ? Timings.on() : Timings.OFF;
        long t0 = t.start();
        Checker checker;
        try {
            SettingsSource flags = SettingsSource.of("command line", null, severities, tolerances, ruleFiles, waivers)
                    .withDocuments(Map.of(), plan.given());
            checker = CheckSetup.load(config, Path.of(""), flags).checker();
        } catch (ConfigException e) {
            for (String line : e.getMessage().split("\n")) err.println("plancheck: " + line);
            return Main.INPUT_ERROR;
        }
        t.stop("rulebase", t0);
        CheckResult result = checker.timed(t).check(paths);
        for (InputError e : result.errors()) err.println(e);
        err.flush();
        t0 = t.start();
        ReportOptions options = new ReportOptions(messages, verbose);
        if (output == null) {
            Writer out = spec.commandLine().getOut();
            writers.get(0).write(result, options, out);
            out.flush();
        } else {
            Path target = Path.of(output);
            // "reports/" names a folder even before it exists; a folder is where several formats go.
            boolean folder = output.endsWith("/") || output.endsWith(java.io.File.separator) || Files.isDirectory(target);
            if (writers.size() > 1 && Files.isRegularFile(target)) {
                err.println("plancheck: -o " + output + " is a file; several formats need a folder");
                return Main.INPUT_ERROR;
            }
            try {
                if (writers.size() > 1 || folder) ReportFiles.writeAll(target, ReportFiles.BASE_NAME, writers, result, options);
                else ReportFiles.write(target, writers.get(0), result, options);
            } catch (IOException e) {
                err.println("plancheck: cannot write the report to " + output + ": " + plancheck.read.Inputs.describe(e));
                return Main.INPUT_ERROR;
            }
        }
        t.stop("report", t0);
        t.print(err);
        if (!result.errors().isEmpty()) return Main.INPUT_ERROR;
        return result.failsAt(threshold) ? 1 : 0;
    }

    /** The report format names, for the help text. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Reports.names().iterator();
        }
    }
}
