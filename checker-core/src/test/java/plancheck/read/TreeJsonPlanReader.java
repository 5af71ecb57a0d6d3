package plancheck.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON reader as it was before it streamed figures (commit d9af002: a tree per plan, with
 * line numbers), kept as the oracle that {@code JsonStreamingTest} compares the streaming reader to.
 * Reads the JSON form of the contract: {@code {"plans":[{plan fields..., "figures":[{figure
 * fields...}]}]}}, a bare array of plans, or one plan object. Field names are those of the CSV header.
 */
final class TreeJsonPlanReader implements PlanReader {
    /*
     * Limits chosen for plan data, deliberately tighter than Jackson's defaults: plan data is 4
     * levels deep (root, plans, plan, figures, figure) and its strings are quotes of one sentence,
     * so deep nesting or huge strings mean the file is not plan data. The whole document is held in
     * memory as a tree, so its size is bounded too (64 MB is some hundred thousand figures).
     */
    static final int MAX_DEPTH = 64;
    static final int MAX_STRING = 1_000_000;
    static final int MAX_NUMBER = 100;
    static final long MAX_DOCUMENT = 64L << 20;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER)
                    .maxDocumentLength(MAX_DOCUMENT).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    @Override
    public PlanData read(Path file, String name) {
        RowParser rows = new RowParser(name, "figure");
        JsonParser[] open = new JsonParser[1];
        try (Reader in = Inputs.utf8Reader(file); JsonParser p = MAPPER.createParser(in)) {
            open[0] = p;
            JsonToken first = p.nextToken();
            if (first == null) return PlanData.failed(name, new InputError(name, 1, 0, "empty file: expected JSON plan data"));
            if (first == JsonToken.START_OBJECT) {
                // {"plans":[...]} is streamed plan by plan, so that a broken end of the file does not
                // hide the problems of the plans before it; any other object is one plan.
                if (p.nextToken() == JsonToken.FIELD_NAME && "plans".equals(p.currentName())) {
                    int line = p.currentLocation().getLineNr();
                    if (p.nextToken() != JsonToken.START_ARRAY) {
                        rows.error(line, 0, "'plans' must be an array of plan objects");
                        p.skipChildren();
                    } else {
                        while (p.nextToken() == JsonToken.START_OBJECT) plan(rows, readObject(p));
                        if (p.currentToken() != JsonToken.END_ARRAY) {
                            rows.error(p.currentLocation().getLineNr(), 0, "'plans' must hold plan objects only");
                            p.skipChildren();
                        }
                    }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        rows.error(p.currentLocation().getLineNr(), 0, "unknown field '" + p.currentName() + "' next to 'plans'");
                        p.nextToken();
                        p.skipChildren();
                    }
                } else {
                    plan(rows, LocatedNodes.readRest(p, 1));
                }
            } else if (first == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) plan(rows, readObject(p));
                if (p.currentToken() != JsonToken.END_ARRAY) {
                    rows.error(p.currentLocation().getLineNr(), p.currentLocation().getColumnNr(),
                            "expected a plan object in the array");
                    // The parser stands inside the array: what follows is not "after the plan data".
                    return rows.result();
                }
            } else {
                rows.error(1, 1, "expected a JSON object or array of plans");
                return rows.result();
            }
            if (p.nextToken() != null) {
                JsonLocation l = p.currentLocation();
                rows.error(l.getLineNr(), l.getColumnNr(), "unexpected content after the plan data");
            }
        } catch (StreamConstraintsException e) {
            // A limit below was hit: the file is not plan data (or is far larger than any plan); the
            // exception carries no location, the parser still knows where it stopped.
            JsonLocation l = open[0] == null ? null : open[0].currentLocation();
            rows.error(l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), limitProblem(e));
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String msg = e.getOriginalMessage().split("\n")[0].replaceAll(" \\(start marker at .*\\)", "");
            rows.error(l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), "malformed JSON: " + msg);
        } catch (IOException | java.io.UncheckedIOException e) {
            if (Inputs.isEncodingProblem(e)) return PlanData.failed(name, Inputs.notUtf8(file, name, "JSON"));
            return PlanData.failed(name, new InputError(name, 0, 0, "cannot read: " + Inputs.describe(e)));
        }
        return rows.result();
    }

    /** The limit in words; Jackson's text names its own API. */
    private static String limitProblem(StreamConstraintsException e) {
        String m = e.getOriginalMessage();
        if (m.contains("nesting depth")) {
            return "JSON nested deeper than " + MAX_DEPTH + " levels: plan data is 4 levels deep";
        }
        if (m.contains("String value length")) {
            return "a JSON string longer than " + MAX_STRING + " characters: not plan data";
        }
        if (m.contains("Number value length")) {
            return "a JSON number longer than " + MAX_NUMBER + " digits: not a plan figure";
        }
        if (m.contains("Document length")) {
            return "JSON document larger than " + (MAX_DOCUMENT >> 20) + " MB: split it into several files";
        }
        int cut = m.indexOf(" (from `");
        return "JSON too large: " + (cut < 0 ? m : m.substring(0, cut));
    }

    private static ObjectNode readObject(JsonParser p) throws IOException {
        return LocatedNodes.read(p);
    }

    private static int line(JsonNode n) {
        return LocatedNodes.line(n);
    }

    private static void plan(RowParser rows, JsonNode plan) {
        if (!plan.isObject()) {
            rows.error(line(plan), 0, "a plan must be a JSON object");
            return;
        }
        if (plan.has("findings") && plan.has("summary")) {
            // plancheck's own JSON report, written into a folder that is checked.
            rows.error(line(plan), 0, "a plancheck report, not plan data (write reports outside the folders you check)");
            return;
        }
        JsonNode figures = plan.get("figures");
        if (figures == null || !figures.isArray()) {
            rows.error(line(plan), 0, "plan has no 'figures' array");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = plan.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getKey().equals("figures") && !PLAN_LEVEL.contains(e.getKey())
                    && !e.getKey().startsWith(LocatedNodes.PREFIX)) {
                rows.error(line(plan), 0, "plan has unknown field '" + e.getKey() + "'");
            }
        }
        // The plan's own fields once, not once per figure: a bad one rejects the plan's figures with one error.
        String planProblem = plainValues(plan, PLAN_LEVEL);
        if (planProblem != null) {
            rows.error(line(plan), 0, planProblem);
            rows.rejected(figures.size());
            return;
        }
        for (JsonNode f : figures) {
            if (!f.isObject()) {
                rows.reject(line(plan), "a figure must be a JSON object");
                continue;
            }
            String typeProblem = typeProblem(f);
            if (typeProblem != null) {
                rows.reject(line(f), typeProblem);
                continue;
            }
            rows.row(line(f), c -> {
                JsonNode v = PLAN_LEVEL.contains(c) ? plan.get(c) : f.get(c);
                return v == null || v.isNull() ? null : v.asText();
            });
        }
    }

    /** The plan-level fields: the contract's plan columns and the optional title. */
    private static final List<String> PLAN_LEVEL = java.util.stream.Stream.concat(Columns.PLAN_FIELDS.stream(),
            java.util.stream.Stream.of(Columns.TITLE)).toList();
    private static final List<String> FIGURE_LEVEL = Columns.ALL.stream()
            .filter(c -> !Columns.PLAN_FIELDS.contains(c)).toList();

    /** Objects and arrays where a plain value belongs are errors, not text. */
    private static String plainValues(JsonNode node, List<String> fields) {
        for (String c : fields) {
            JsonNode v = node.get(c);
            if (v != null && v.isContainerNode()) return "field '" + c + "' must be a plain value, not "
                    + (v.isArray() ? "an array" : "an object");
        }
        return null;
    }

    private static String typeProblem(JsonNode figure) {
        String problem = plainValues(figure, FIGURE_LEVEL);
        if (problem != null) return problem;
        JsonNode v = figure.get(Columns.VALUE);
        if (v != null && !(v.isNumber() || v.isTextual() || v.isNull())) {
            return "field 'value' must be a number, or null for a blank";
        }
        for (Iterator<String> it = figure.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!Columns.ALL.contains(k) && !k.startsWith(LocatedNodes.PREFIX)) return "figure has unknown field '" + k + "'";
        }
        return null;
    }

    /** Builds a JSON tree that remembers the line each object starts on (as a hidden field). */
    static final class LocatedNodes {
        static final String PREFIX = "\u0000";
        private static final String LINE = PREFIX + "line";
        private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

        private LocatedNodes() {
        }

        /** Reads the object whose START_OBJECT is the current token. */
        static ObjectNode read(JsonParser p) throws IOException {
            int line = p.currentLocation().getLineNr();
            p.nextToken();
            return readRest(p, line);
        }

        /** Reads the rest of an object whose first FIELD_NAME (or END_OBJECT) is the current token. */
        static ObjectNode readRest(JsonParser p, int line) throws IOException {
            ObjectNode o = NODES.objectNode();
            o.put(LINE, line);
            for (JsonToken t = p.currentToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                o.set(name, value(p));
            }
            return o;
        }

        private static JsonNode value(JsonParser p) throws IOException {
            switch (p.currentToken()) {
                case START_OBJECT:
                    return read(p);
                case START_ARRAY: {
                    ArrayNode a = NODES.arrayNode();
                    while (p.nextToken() != JsonToken.END_ARRAY) a.add(value(p));
                    return a;
                }
                case VALUE_STRING:
                    return NODES.textNode(p.getText());
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    // Keep the number as written: 1.30 and 1110 are read by the same rules as CSV text.
                    return NODES.numberNode(p.getDecimalValue());
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return NODES.booleanNode(p.getBooleanValue());
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected token " + p.currentToken());
            }
        }

        static int line(JsonNode n) {
            JsonNode l = n == null ? null : n.get(LINE);
            return l == null ? 0 : l.asInt();
        }
    }
}
