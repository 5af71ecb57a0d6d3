package plancheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
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
import plancheck.engine.Settings;
import plancheck.engine.Severity;
import plancheck.read.InputError;
import plancheck.report.Messages;
import plancheck.report.ReportOptions;
import plancheck.report.ReportWriter;
import plancheck.report.Reports;

/** {@code plancheck check}: read plan files, run every rule over them together, report. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {
            "Reads the plan files and folders given (*.csv, *.json, *.txt), runs every rule over all of",
            "them together (so a district's plan is checked against its city's), and reports each",
            "inconsistency with the file and line it came from.",
            "",
            "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it;",
            "            2 a usage or input error (the other files are still checked and reported)."},
        footer = {"", "Example: plancheck check --format json --fail-on warning seeds/"})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Plan files, or folders to search for them.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = FormatNames.class)
    String format;

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

    @Option(names = "--timings", description = "Print the time each phase took (read, rule base, insert, fire, report) to stderr.")
    boolean timings;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Severity threshold = Severity.parse(failOn);
        if (threshold == null) {
            err.println("plancheck: --fail-on must be error, warning, info or off, not '" + failOn + "'");
            return Main.INPUT_ERROR;
        }
        ReportWriter writer = Reports.byName(format).orElse(null);
        if (writer == null) {
            err.println("plancheck: unknown --format '" + format + "' (known: " + String.join(", ", Reports.names()) + ")");
            return Main.INPUT_ERROR;
        }
        Settings settings = new Settings(Map.of(), Map.of(), List.of());
        Timings t = timings ? Timings.on() : Timings.OFF;
        long t0 = t.start();
        Checker checker = new Checker(settings);
        t.stop("rulebase", t0);
        CheckResult result = checker.timed(t).check(paths);
        for (InputError e : result.errors()) err.println(e);
        err.flush();
        Writer out = spec.commandLine().getOut();
        t0 = t.start();
        writer.write(result, new ReportOptions(Messages.of(lang), verbose), out);
        out.flush();
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
