package plancheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.Timings;
import plancheck.engine.Severity;
import plancheck.read.InputError;
import plancheck.report.GitHubReport;
import plancheck.report.Messages;
import plancheck.report.ReportFiles;
import plancheck.report.ReportOptions;
import plancheck.report.ReportWriter;
import plancheck.report.Reports;
import plancheck.report.TextReport;

/** {@code plancheck check}: read plan files, run every rule over them together, report. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Reads the plan files and folders given (*.csv, *.json, *.txt, *.docx, *.doc, *.pdf, *.html), runs every rule over all of "
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
            "  plancheck check --lang en --severity aggregate.share=off plans/",
            "  plancheck check --format github seeds/   annotations in a GitHub Actions log",
            "  cat plan.csv | plancheck check --stdin-filename plans/plan.csv -"})
public final class CheckCommand implements Callable<Integer> {
    /** The path that stands for standard input. */
    static final String STDIN = "-";

    @Spec
    CommandSpec spec;

    private final Console console;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Plan files, or folders to search for them; - reads standard input (see --stdin-filename).")
    List<String> paths;

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "The name standard input (-) is reported under; its extension (.csv, .json, .txt) says how to read it.")
    String stdinName;

    @Mixin
    LangOption lang;

    @Option(names = "--source-root", paramLabel = "DIR",
            description = "The folder report paths are relative to (SARIF's %%SRCROOT%%, GitHub annotations); default: the working folder.")
    Path sourceRoot;

    @Option(names = {"-q", "--quiet"}, description = "Print only the errors (findings of severity error, input errors); the exit code says the rest.")
    boolean quiet;

    @Option(names = "--no-color", description = "No colour, even at a terminal (colour is also off with NO_COLOR set, or when the output is not a terminal).")
    boolean noColour;

    CheckCommand(Console console) {
        this.console = console;
    }

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

    @Option(names = {"-v", "--verbose"}, description = "Also list, per document, the numbers that could not be classified.")
    boolean verbose;

    @Option(names = "--timings", description = "Print the time each phase took (rulebase, read, group, rules, sort, report) to stderr.")
    boolean timings;

    @Mixin
    CheckOptions check = new CheckOptions();

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
            messages = lang.messages();
        } catch (IllegalArgumentException e) {
            err.println("plancheck: " + e.getMessage());
            return Main.INPUT_ERROR;
        }
        if (writers.size() > 1 && output == null) {
            err.println("plancheck: several formats need -o DIR (each is written there as report.<ext>)");
            return Main.INPUT_ERROR;
        }
        List<Path> files = new ArrayList<>();
        long stdins = paths.stream().filter(STDIN::equals).count();
        if (stdins > 1 || (stdins == 1) != (stdinName != null)) {
            err.println(stdins > 1 ? "plancheck: standard input (-) can be read once"
                    : stdins == 1 ? "plancheck: reading standard input (-) needs --stdin-filename NAME (its extension, "
                            + ".csv, .json or .txt, says how to read it)"
                    : "plancheck: --stdin-filename names standard input: give - among the paths");
            return Main.INPUT_ERROR;
        }
        for (String p : paths) if (!p.equals(STDIN)) files.add(Path.of(p));
        Timings t = timings ? Timings.on() : Timings.OFF;
        long t0 = t.start();
        Checker checker = check.checker(err);
        if (checker == null) return Main.INPUT_ERROR;
        t.stop("rulebase", t0);
        CheckResult result;
        try (StdinFile stdin = stdins == 0 ? null : StdinFile.save(console.in(), stdinName)) {
            result = checker.timed(t).checkWith(files, stdin == null ? List.of() : List.of(stdin.input()));
        } catch (IOException e) {
            err.println("plancheck: cannot read standard input: " + plancheck.read.Inputs.describe(e));
            return Main.INPUT_ERROR;
        }
        for (InputError e : result.errors()) err.println(e.line(messages));
        err.flush();
        t0 = t.start();
        ReportOptions options = new ReportOptions(messages, verbose).withSourceRoot(sourceRoot).withFailOn(threshold);
        if (output == null) {
            Writer out = spec.commandLine().getOut();
            forConsole(writers.get(0)).write(result, options, out);
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
        return result.exitCode(threshold);
    }

    /** The writer for standard output: text in colour at a terminal, and quiet text or annotations when asked. */
    private ReportWriter forConsole(ReportWriter w) {
        if (w instanceof TextReport) return new TextReport(console.colour() && !noColour, quiet);
        if (w instanceof GitHubReport) return new GitHubReport(quiet);
        return w;
    }

    /** The report format names, for the help text. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Reports.names().iterator();
        }
    }
}
