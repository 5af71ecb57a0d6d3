package plancheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import plancheck.CheckResult;
import plancheck.engine.Finding;
import plancheck.engine.Severity;
import plancheck.engine.WaivedFinding;
import plancheck.model.Source;
import plancheck.read.InputError;
import plancheck.read.PlanData;

/** For pipelines: findings in a fixed order and a summary; no timestamps, so runs compare byte for byte. */
public final class JsonReport implements ReportWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(CheckResult r, ReportOptions o, Writer out) throws IOException {
        Messages m = o.messages().with(r.catalogue());
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(pp);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeArrayFieldStart("findings");
            for (Finding f : r.findings()) finding(g, f, m);
            g.writeEndArray();
            // Waived findings are listed apart so that a pipeline can audit them; they never fail a build.
            g.writeArrayFieldStart("waived");
            for (WaivedFinding w : r.waived()) {
                g.writeStartObject();
                g.writeFieldName("finding");
                finding(g, w.finding(), m);
                g.writeStringField("reason", w.waiver().reason());
                g.writeFieldName("waiver");
                source(g, Source.of(w.waiver().file(), w.waiver().line()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("errors");
            for (InputError e : r.errors()) {
                g.writeStartObject();
                g.writeStringField("file", e.file());
                g.writeNumberField("line", e.line());
                g.writeNumberField("column", e.column());
                g.writeStringField("message", e.message(m));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("documents");
            for (PlanData d : r.inputs()) {
                g.writeStartObject();
                g.writeStringField("file", d.file());
                g.writeNumberField("plans", d.plans().size());
                g.writeNumberField("figures", d.figures().size());
                g.writeNumberField("rejected", d.rejected());
                g.writeNumberField("unclassified", d.unclassified().size());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", r.inputs().size());
            g.writeNumberField("plans", r.plans().size());
            g.writeNumberField("figures", r.figures().size());
            g.writeNumberField("rejected", r.rejected());
            g.writeNumberField("unclassified", r.unclassified());
            g.writeNumberField("errors", r.count(Severity.ERROR));
            g.writeNumberField("warnings", r.count(Severity.WARNING));
            g.writeNumberField("infos", r.count(Severity.INFO));
            g.writeNumberField("input_errors", r.errors().size());
            g.writeNumberField("waived", r.waived().size());
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write("\n");
    }

    private static void finding(JsonGenerator g, Finding f, Messages m) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.ruleId());
        g.writeStringField("severity", f.severity().code());
        g.writeStringField("plan", f.planId());
        g.writeStringField("region", f.region());
        g.writeStringField("indicator", f.indicator());
        g.writeStringField("indicator_name", m.indicatorName(f.indicator()));
        if (f.year() == null) g.writeNullField("year");
        else g.writeNumberField("year", f.year());
        g.writeStringField("message", m.message(f));
        g.writeFieldName("source");
        source(g, f.source());
        if (!f.related().isEmpty()) {
            g.writeArrayFieldStart("related");
            for (Source s : f.related()) source(g, s);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void source(JsonGenerator g, Source s) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", s.file());
        g.writeNumberField("line", s.line());
        if (s.column() > 0) g.writeNumberField("column", s.column());
        if (!s.locator().isEmpty()) g.writeStringField("locator", s.locator());
        g.writeStringField("quote", s.quote());
        g.writeEndObject();
    }
}
