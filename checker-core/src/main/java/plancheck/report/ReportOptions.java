package plancheck.report;

/**
 * How a report is written: the language, and whether to list what a document reader could not
 * classify.
 */
public record ReportOptions(Messages messages, boolean verbose) {
    public static ReportOptions defaults() {
        return new ReportOptions(Messages.of("zh"), false);
    }
}
