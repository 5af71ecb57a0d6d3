package plancheck.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import plancheck.model.Num;

/** Writes generated plans in the JSON contract: {@code {"plans":[{plan fields, "figures":[...]}]}}, one figure a line. */
final class JsonOut implements CorpusGenerator.Out {
    private final OutputStream stream;
    private final JsonGenerator g;

    JsonOut(Path file) throws IOException {
        stream = Files.newOutputStream(file);
        g = new JsonFactory().createGenerator(stream);
        g.writeStartObject();
        g.writeArrayFieldStart("plans");
    }

    @Override
    public void begin(CorpusGenerator.Plan p) throws IOException {
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeStringField("plan_id", p.id());
        g.writeStringField("region", p.region());
        g.writeStringField("level", p.level().code());
        g.writeStringField("parent", p.parent());
        g.writeNumberField("period_start", p.start());
        g.writeNumberField("period_end", p.end());
        g.writeArrayFieldStart("figures");
    }

    @Override
    public void row(CorpusGenerator.Plan p, CorpusGenerator.Row r) throws IOException {
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeStringField("indicator", r.indicator());
        g.writeStringField("scope_label", r.scope());
        g.writeStringField("unit", r.unit());
        g.writeStringField("kind", r.kind());
        g.writeNumberField("year", r.year());
        if (r.value() == null) g.writeNullField("value");
        else g.writeNumberField("value", new BigDecimal(Num.fmt(r.value())));
        g.writeStringField("qualifier", r.qualifier());
        g.writeStringField("source_file", p.document());
        g.writeNumberField("source_line", r.line());
        g.writeStringField("quote", r.quote());
        g.writeEndObject();
    }

    @Override
    public void end(CorpusGenerator.Plan plan) throws IOException {
        g.writeEndArray();
        g.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        g.writeRaw('\n');
        g.writeEndArray();
        g.writeEndObject();
        g.close();
        stream.close();
    }
}
