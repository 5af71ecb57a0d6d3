package plancheck.report;

import java.io.IOException;
import java.io.Writer;
import plancheck.CheckResult;
import plancheck.engine.Finding;
import plancheck.engine.Severity;
import plancheck.read.PlanData;
import plancheck.read.Unclassified;

/** For a person: one finding per line, {@code file:line: severity rule-id: message (region, indicator, year)}. */
public final class TextReport implements ReportWriter {
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
        Messages m = o.messages();
        for (Finding f : r.findings()) out.write(line(f, m) + "\n");
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
        StringBuilder b = new StringBuilder(m.place(f.source())).append(": ")
                .append(f.severity().code()).append(' ').append(f.ruleId()).append(": ").append(m.message(f))
                .append(" (").append(f.region()).append(", ").append(m.indicatorName(f.indicator()));
        if (f.year() != null) b.append(", ").append(f.year());
        return b.append(')').toString();
    }
}
