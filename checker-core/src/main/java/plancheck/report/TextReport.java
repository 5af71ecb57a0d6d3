package plancheck.report;

import java.io.IOException;
import java.io.Writer;
import plancheck.CheckResult;
import plancheck.engine.Finding;
import plancheck.engine.Severity;
import plancheck.read.PlanData;
import plancheck.read.Unclassified;

/**
 * For a person: one finding per line, {@code file:line: severity rule-id: message (region, indicator, year)},
 * then per file what was read and the counts. At a terminal the severities may be coloured; quiet
 * keeps the error lines only.
 */
public final class TextReport implements ReportWriter {
    private static final String RESET = "\u001b[0m";
    private final boolean colour;
    private final boolean quiet;

    /** The report as files and the plugin get it: every line, no colour. */
    public TextReport() {
        this(false, false);
    }

    /**
     * @param colour severities in colour (ANSI escapes), for a terminal
     * @param quiet  only the findings of severity error
     */
    public TextReport(boolean colour, boolean quiet) {
        this.colour = colour;
        this.quiet = quiet;
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void write(CheckResult r, ReportOptions o, Writer out) throws IOException {
        Messages m = o.messages().with(r.catalogue());
        for (Finding f : r.findings()) {
            if (!quiet || f.severity() == Severity.ERROR) out.write(line(f, m, colour) + "\n");
        }
        if (quiet) return;
        for (PlanData d : r.inputs()) {
            // Per file, how much was read, so a reviewer sees that a document was understood at all.
            out.write(m.format("report.file", d.file(), d.figures().size())
                    + (d.unclassified().isEmpty() ? ""
                            : o.verbose() ? m.format("report.file.unclassified.listed", d.unclassified().size())
                            : m.format("report.file.unclassified", d.unclassified().size(), o.verboseOption()))
                    + (d.rejected() == 0 ? "" : m.format("report.file.rejected", d.rejected())) + "\n");
            if (o.verbose()) {
                for (Unclassified u : d.unclassified()) {
                    out.write("  " + m.line(u) + "\n");
                }
            }
        }
        for (String line : summary(r, m)) out.write(line + "\n");
    }

    /** The closing lines: counts, and the findings waived if any; also what the Maven plugin logs. */
    public static java.util.List<String> summary(CheckResult r, Messages m) {
        String counts = m.format("report.summary", r.inputs().size(), r.plans().size(), r.figures().size(),
                r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO));
        return r.waived().isEmpty() ? java.util.List.of(counts)
                : java.util.List.of(counts, m.format("report.waived", r.waived().size()));
    }

    /** One finding as a line; also what the Maven plugin logs. */
    public static String line(Finding f, Messages m) {
        return line(f, m, false);
    }

    private static String line(Finding f, Messages m, boolean colour) {
        String severity = f.severity().code();
        if (colour) severity = colourOf(f.severity()) + severity + RESET;
        return m.place(f.source()) + ": " + severity + ' ' + f.ruleId() + ": " + detail(f, m);
    }

    /** The finding's message and what it is about: {@code message (region, indicator, year)}. */
    public static String detail(Finding f, Messages m) {
        StringBuilder b = new StringBuilder(m.message(f))
                .append(" (").append(f.region()).append(", ").append(m.indicatorName(f.indicator()));
        if (f.year() != null) b.append(", ").append(f.year());
        return b.append(')').toString();
    }

    /** Bold red, yellow and cyan, the colours compilers and linters give these severities. */
    private static String colourOf(Severity s) {
        return switch (s) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[33m";
            case INFO, OFF -> "\u001b[36m";
        };
    }
}
