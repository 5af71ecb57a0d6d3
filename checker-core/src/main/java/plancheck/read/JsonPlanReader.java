package plancheck.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the JSON form of the contract: {@code {"plans":[{plan fields..., "figures":[{figure
 * fields...}]}]}}, a bare array of plans, or one plan object. Field names are those of the CSV header.
 *
 * <p>The file is read token by token with Jackson's streaming parser, with no tree, from text the
 * strict decoder of {@link Inputs#utf8Reader} checks; Jackson finds duplicate keys. A plan's
 * figures are held (as texts) only until its object closes: its own fields may come after
 * {@code "figures"}, a plancheck report is told by fields anywhere in it, and a plan cut off by broken
 * JSON gives no figures at all. Messages, their order and the figures are those of the tree reader
 * plancheck had before ({@code JsonStreamingTest} holds what it gave).
 */
public final class JsonPlanReader implements PlanReader {
    /*
     * Limits chosen for plan data, deliberately tighter than Jackson's defaults: plan data is 4
     * levels deep (root, plans, plan, figures, figure) and its strings are quotes of one sentence,
     * so deep nesting or huge strings mean the file is not plan data. The document is streamed, not
     * held, but every figure read is kept to the end of the check and one plan's figures are held
     * until the plan closes, so the size of a file is bounded too (64 MB is some 250,000 figures).
     */
    static final int MAX_DEPTH = 64;
    static final int MAX_STRING = 1_000_000;
    static final int MAX_NUMBER = 100;
    static final long MAX_DOCUMENT = 64L << 20;
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER)
            .maxDocumentLength(MAX_DOCUMENT).build();
    private static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(LIMITS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    @Override
    public boolean accepts(Path file) {
        return Inputs.name(file).toLowerCase(Locale.ROOT).endsWith(".json");
    }

    @Override
    public PlanData read(Path file, String name) {
        RowParser rows = new RowParser(name, "figure");
        JsonParser[] open = new JsonParser[1];
        try (Reader in = Inputs.utf8Reader(file); JsonParser p = FACTORY.createParser(in)) {
            open[0] = p;
            JsonPlans plans = new JsonPlans(p, rows);
            JsonToken first = p.nextToken();
            if (first == null) {
                return PlanData.failed(name, new InputError(name, 1, 0, "empty file: expected JSON plan data"));
            }
            if (first == JsonToken.START_OBJECT) {
                // {"plans":[...]} is streamed plan by plan, so that a broken end of the file does not
                // hide the problems of the plans before it; any other object is one plan.
                if (p.nextToken() == JsonToken.FIELD_NAME && "plans".equals(p.currentName())) {
                    int line = p.currentLocation().getLineNr();
                    if (p.nextToken() != JsonToken.START_ARRAY) {
                        rows.error(line, 0, "'plans' must be an array of plan objects");
                        p.skipChildren();
                    } else {
                        while (p.nextToken() == JsonToken.START_OBJECT) plans.object();
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
                    // The whole file is one plan; its line is the first, wherever its brace stands.
                    plans.plan(1);
                }
            } else if (first == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) plans.object();
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
        } catch (IOException | java.io.UncheckedIOException e) {
            return problem(file, name, rows, open[0], e);
        }
        return rows.result();
    }

    /** What an exception means to the user: plancheck's words for Jackson's. */
    private static PlanData problem(Path file, String name, RowParser rows, JsonParser open, Exception ex) {
        if (ex instanceof StreamConstraintsException e) {
            // A limit below was hit: the file is not plan data (or is far larger than any plan); the
            // exception carries no location, the parser still knows where it stopped.
            JsonLocation l = open == null ? null : open.currentLocation();
            rows.error(l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), limitProblem(e));
        } else if (ex instanceof JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String msg = e.getOriginalMessage().split("\n")[0].replaceAll(" \\(start marker at .*\\)", "");
            rows.error(l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), "malformed JSON: " + msg);
        } else {
            if (Inputs.isEncodingProblem(ex)) return PlanData.failed(name, Inputs.notUtf8(file, name, "JSON"));
            return PlanData.failed(name, new InputError(name, 0, 0, "cannot read: " + Inputs.describe(ex)));
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
}
