package plancheck.read;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import plancheck.model.Figure;
import plancheck.model.Num;
import plancheck.model.Plan;

/**
 * Writes what a reader read in the structured contract (the CSV header of {@link Columns#ALL}, or
 * the JSON form {@link JsonPlanReader} reads), so that figures extracted from a document can be
 * looked at, corrected and checked again. Reading the output back gives the same figures, except
 * for the column of each source, which the contract does not hold.
 */
public final class ContractWriter {
    private ContractWriter() {
    }

    public static void csv(PlanData data, Writer out) throws IOException {
        CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build());
        p.printRecord(Columns.ALL);
        Map<String, Plan> plans = byId(data);
        for (Figure f : data.figures()) {
            Plan plan = plans.get(f.planId());
            List<String> row = new ArrayList<>();
            for (String c : Columns.ALL) row.add(field(c, plan, f));
            p.printRecord(row);
        }
        p.flush();
    }

    public static void json(PlanData data, Writer out) throws IOException {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out);
        g.setPrettyPrinter(pp);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeArrayFieldStart("plans");
        Map<String, List<Figure>> figuresOf = data.figures().stream().collect(
                java.util.stream.Collectors.groupingBy(Figure::planId, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.toList()));
        for (Plan plan : data.plans()) {
            g.writeStartObject();
            g.writeStringField(Columns.PLAN_ID, plan.planId());
            g.writeStringField(Columns.REGION, plan.region());
            g.writeStringField(Columns.LEVEL, plan.level().code());
            g.writeStringField(Columns.PARENT, plan.parent());
            g.writeNumberField(Columns.PERIOD_START, plan.periodStart());
            g.writeNumberField(Columns.PERIOD_END, plan.periodEnd());
            if (!plan.title().isEmpty()) g.writeStringField(Columns.TITLE, plan.title());
            g.writeArrayFieldStart("figures");
            for (Figure f : figuresOf.getOrDefault(plan.planId(), List.of())) {
                g.writeStartObject();
                for (String c : Columns.ALL) {
                    if (Columns.PLAN_FIELDS.contains(c)) continue;
                    if (c.equals(Columns.VALUE)) {
                        g.writeFieldName(c);
                        if (f.value() == null) g.writeNull();
                        else g.writeNumber(new java.math.BigDecimal(Num.fmt(f.value())));
                    } else if (c.equals(Columns.YEAR) || c.equals(Columns.SOURCE_LINE)) {
                        g.writeNumberField(c, c.equals(Columns.YEAR) ? f.year() : f.source().line());
                    } else {
                        g.writeStringField(c, field(c, plan, f));
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.write("\n");
    }

    private static Map<String, Plan> byId(PlanData data) {
        Map<String, Plan> m = new java.util.HashMap<>();
        for (Plan p : data.plans()) m.putIfAbsent(p.planId(), p);
        return m;
    }

    private static String field(String column, Plan plan, Figure f) {
        return switch (column) {
            case Columns.PLAN_ID -> plan.planId();
            case Columns.REGION -> plan.region();
            case Columns.LEVEL -> plan.level().code();
            case Columns.PARENT -> plan.parent();
            case Columns.PERIOD_START -> String.valueOf(plan.periodStart());
            case Columns.PERIOD_END -> String.valueOf(plan.periodEnd());
            case Columns.INDICATOR -> f.indicatorText();
            case Columns.SCOPE_LABEL -> f.scope();
            case Columns.UNIT -> f.unit();
            case Columns.KIND -> f.kind().code();
            case Columns.YEAR -> String.valueOf(f.year());
            case Columns.VALUE -> f.value() == null ? "" : Num.fmt(f.value());
            case Columns.QUALIFIER -> f.qualifierText();
            case Columns.SOURCE_FILE -> f.source().file();
            case Columns.SOURCE_LINE -> f.source().line() > 0 ? String.valueOf(f.source().line()) : "";
            case Columns.QUOTE -> f.source().quote();
            default -> "";
        };
    }
}
