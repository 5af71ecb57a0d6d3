package plancheck.report;

import java.nio.file.Path;
import plancheck.engine.Severity;

/**
 * How a report is written: the language, whether to list what a document reader could not
 * classify, and how the user asks for that list where the report is made ({@code --verbose} on the
 * command line, {@code -Dplancheck.verbose=true} in a Maven build), for the report's hint; the folder
 * file locations are relative to ({@code %SRCROOT%} in SARIF: the CLI's {@code --source-root}, the
 * build's root folder); the folder the sources' relative file names start from (the working folder, or
 * the plugin's module folder, which in a multi-module build is not where Maven runs); and the severity
 * the check fails at (JUnit's failures, SARIF's exit code).
 */
public record ReportOptions(Messages messages, boolean verbose, String verboseOption, Path sourceRoot,
                            Severity failOn, Path namesFrom) {
    /** The command line's {@code --verbose}. */
    public static final String CLI_VERBOSE = "--verbose";

    public ReportOptions {
        sourceRoot = (sourceRoot == null ? Path.of("") : sourceRoot).toAbsolutePath().normalize();
        failOn = failOn == null ? Severity.ERROR : failOn;
        namesFrom = (namesFrom == null ? Path.of("") : namesFrom).toAbsolutePath().normalize();
    }

    /** Options relative to the working folder, failing at errors. */
    public ReportOptions(Messages messages, boolean verbose, String verboseOption) {
        this(messages, verbose, verboseOption, null, null, null);
    }

    /** Options of a command-line report. */
    public ReportOptions(Messages messages, boolean verbose) {
        this(messages, verbose, CLI_VERBOSE);
    }

    public static ReportOptions defaults() {
        return new ReportOptions(Messages.of("zh"), false);
    }

    public ReportOptions withSourceRoot(Path root) {
        return new ReportOptions(messages, verbose, verboseOption, root, failOn, namesFrom);
    }

    /** Relative file names in the sources are relative to {@code folder}. */
    public ReportOptions withNamesFrom(Path folder) {
        return new ReportOptions(messages, verbose, verboseOption, sourceRoot, failOn, folder);
    }

    public ReportOptions withFailOn(Severity threshold) {
        return new ReportOptions(messages, verbose, verboseOption, sourceRoot, threshold, namesFrom);
    }
}
