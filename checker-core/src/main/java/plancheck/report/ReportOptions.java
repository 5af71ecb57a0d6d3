package plancheck.report;

/**
 * How a report is written: the language, whether to list what a document reader could not
 * classify, and how the user asks for that list where the report is made ({@code --verbose} on the
 * command line, {@code -Dplancheck.verbose=true} in a Maven build), for the report's hint.
 */
public record ReportOptions(Messages messages, boolean verbose, String verboseOption) {
    /** The command line's {@code --verbose}. */
    public static final String CLI_VERBOSE = "--verbose";

    /** Options of a command-line report. */
    public ReportOptions(Messages messages, boolean verbose) {
        this(messages, verbose, CLI_VERBOSE);
    }

    public static ReportOptions defaults() {
        return new ReportOptions(Messages.of("zh"), false);
    }
}
