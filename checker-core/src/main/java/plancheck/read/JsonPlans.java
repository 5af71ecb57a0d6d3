package plancheck.read;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plans of one JSON file, read token by token from its parser into its {@link RowParser}, for
 * {@link JsonPlanReader}: a plan's fields, its figures held (as raw texts) until the plan object
 * closes, then turned into figures and errors in the order the tree reader this replaced gave them.
 */
final class JsonPlans {
    /** The plan-level fields: the contract's plan columns and the optional title. */
    private static final List<String> PLAN_LEVEL = java.util.stream.Stream.concat(Columns.PLAN_FIELDS.stream(),
            java.util.stream.Stream.of(Columns.TITLE)).toList();
    /** A figure's own fields, in the contract's order (the order their type problems are looked for in). */
    private static final List<String> FIGURE_LEVEL = Columns.ALL.stream()
            .filter(c -> !Columns.PLAN_FIELDS.contains(c)).toList();
    /** Each plan-level and figure-level field's column in the rows {@link RowParser#cleanRow} takes. */
    private static final int[] PLAN_COLUMNS = PLAN_LEVEL.stream().mapToInt(RowParser::columnIndex).toArray();
    private static final int[] FIGURE_COLUMNS = FIGURE_LEVEL.stream().mapToInt(RowParser::columnIndex).toArray();
    private static final int NF = FIGURE_LEVEL.size();
    private static final int VALUE = FIGURE_LEVEL.indexOf(Columns.VALUE);
    /**
     * A plan's known keys: their index in PLAN_LEVEL, or FIGURES. A figure's: their index in
     * FIGURE_LEVEL, or from NF on a plan column, which is read (its syntax counts) but not used
     * (the title is unknown in a figure).
     */
    private static final int FIGURES = PLAN_LEVEL.size();
    private static final Map<String, Integer> PLAN_KEYS = new HashMap<>(), FIGURE_KEYS = new HashMap<>();

    static {
        for (int k = 0; k < PLAN_LEVEL.size(); k++) PLAN_KEYS.put(PLAN_LEVEL.get(k), k);
        PLAN_KEYS.put("figures", FIGURES);
        for (int k = 0; k < NF; k++) FIGURE_KEYS.put(FIGURE_LEVEL.get(k), k);
        for (String c : Columns.PLAN_FIELDS) FIGURE_KEYS.put(c, NF + Columns.PLAN_FIELDS.indexOf(c));
    }

    /**
     * Keys starting with NUL are passed over without a word, as they always were (the tree reader
     * this replaces kept its line numbers under such a key).
     */
    private static final String HIDDEN = "\u0000";
    private static final String NOT_AN_OBJECT = "a figure must be a JSON object";

    private final JsonParser p;
    private final RowParser rows;
    /** The keys of the figure before, by their place in it, and what they are (-1: unknown): figures repeat their keys. */
    private String[] keyNames = new String[0];
    private int[] keyCodes = new int[0];

    /** The plan at hand: its plain fields' texts (null when absent or null), and which are arrays (1) or objects (2). */
    private final String[] planText = new String[PLAN_LEVEL.size()];
    private final byte[] planContainer = new byte[PLAN_LEVEL.size()];
    private final List<String> unknown = new ArrayList<>();
    private boolean figuresArray, findings, summary;

    /**
     * The plan's figures, in order, until it closes: each element's line and its problem (null
     * for a good figure), and a good figure's cleaned fields (FIGURE_LEVEL order).
     */
    private int count;
    private int[] lines = new int[64];
    private String[] problems = new String[64];
    private RowParser.Clean[] texts = new RowParser.Clean[64 * NF];
    /**
     * Per figure-level column, its cleaned texts by the parser's characters: those written as
     * strings (none for the quote, which differs from figure to figure) and as numbers.
     */
    private final TextCache[] strings = new TextCache[NF], numbers = new TextCache[NF];
    /** One row at a time for {@link RowParser#row} (which keeps the texts, not the arrays). */
    private final String[] fields = new String[RowParser.FIELD_COUNT];
    private final long[] hashes = new long[2 * RowParser.FIELD_COUNT];

    JsonPlans(JsonParser p, RowParser rows) {
        this.p = p;
        this.rows = rows;
        for (int k = 0; k < NF; k++) {
            if (RowParser.repeats(FIGURE_COLUMNS[k])) strings[k] = new TextCache();
            numbers[k] = new TextCache();
        }
    }

    /** Reads the plan object whose START_OBJECT is the current token. */
    void object() throws IOException {
        int line = p.currentLocation().getLineNr();
        p.nextToken();
        plan(line);
    }

    /**
     * Reads the rest of a plan object whose first FIELD_NAME (or END_OBJECT) is the current
     * token, then turns it into figures and errors, in the order the tree reader gave them.
     */
    void plan(int line) throws IOException {
        Arrays.fill(planText, null);
        Arrays.fill(planContainer, (byte) 0);
        unknown.clear();
        figuresArray = findings = summary = false;
        count = 0;
        for (JsonToken t = p.currentToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            Integer k = PLAN_KEYS.get(name);
            if (k == null) {
                skip();
                if (!name.startsWith(HIDDEN)) unknown.add(name);
                if (name.equals("findings")) findings = true;
                if (name.equals("summary")) summary = true;
                continue;
            }
            if (k == FIGURES) {
                if (v == JsonToken.START_ARRAY) {
                    figuresArray = true;
                    figures(line);
                } else {
                    skip();
                }
            } else if (v == JsonToken.START_ARRAY || v == JsonToken.START_OBJECT) {
                skip();
                planContainer[k] = (byte) (v == JsonToken.START_ARRAY ? 1 : 2);
            } else {
                planText[k] = text(v);
            }
        }
        finish(line);
    }

    private void finish(int line) {
        if (findings && summary) {
            // plancheck's own JSON report, written into a folder that is checked.
            rows.error(line, 0, "a plancheck report, not plan data (write reports outside the folders you check)");
            return;
        }
        if (!figuresArray) {
            rows.error(line, 0, "plan has no 'figures' array");
            return;
        }
        for (String u : unknown) rows.error(line, 0, "plan has unknown field '" + u + "'");
        // The plan's own fields once, not once per figure: a bad one rejects the plan's figures with one error.
        for (int k = 0; k < planContainer.length; k++) {
            if (planContainer[k] != 0) {
                rows.error(line, 0, "field '" + PLAN_LEVEL.get(k) + "' must be a plain value, not "
                        + (planContainer[k] == 1 ? "an array" : "an object"));
                rows.rejected(count);
                return;
            }
        }
        for (int k = 0; k < PLAN_COLUMNS.length; k++) rows.clean(PLAN_COLUMNS[k], planText[k]).into(PLAN_COLUMNS[k], fields, hashes);
        for (int i = 0; i < count; i++) {
            if (problems[i] != null) {
                rows.reject(lines[i], problems[i]);
                continue;
            }
            for (int k = 0; k < NF; k++) texts[i * NF + k].into(FIGURE_COLUMNS[k], fields, hashes);
            rows.row(lines[i], fields, hashes);
        }
    }

    /** Reads the elements of a plan's figures array, whose START_ARRAY is the current token. */
    private void figures(int planLine) throws IOException {
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (count == lines.length) grow();
            if (t == JsonToken.START_OBJECT) {
                figure();
            } else {
                skip();
                lines[count] = planLine;
                problems[count++] = NOT_AN_OBJECT;
            }
        }
    }

    /** Reads the figure object whose START_OBJECT is the current token into the plan's figures. */
    private void figure() throws IOException {
        int line = p.currentLocation().getLineNr();
        int base = count * NF;
        Arrays.fill(texts, base, base + NF, RowParser.Clean.EMPTY);
        int container = NF;
        boolean containerArray = false, badValue = false;
        String unknownKey = null;
        int place = 0;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken(), place++) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            int k = key(name, place);
            if (k < 0) {
                skip();
                if (unknownKey == null && !name.startsWith(HIDDEN)) unknownKey = name;
                continue;
            }
            if (k >= NF) {
                skip();
            } else if (v == JsonToken.START_ARRAY || v == JsonToken.START_OBJECT) {
                skip();
                // The first such field in the contract's order is the one reported.
                if (k < container) {
                    container = k;
                    containerArray = v == JsonToken.START_ARRAY;
                }
            } else {
                if (k == VALUE && (v == JsonToken.VALUE_TRUE || v == JsonToken.VALUE_FALSE)) badValue = true;
                field(k, v, base + k);
            }
        }
        String problem = null;
        if (container < NF) {
            problem = "field '" + FIGURE_LEVEL.get(container) + "' must be a plain value, not "
                    + (containerArray ? "an array" : "an object");
        } else if (badValue) {
            problem = "field 'value' must be a number, or null for a blank";
        } else if (unknownKey != null) {
            problem = "figure has unknown field '" + unknownKey + "'";
        }
        lines[count] = line;
        problems[count++] = problem;
    }

    /**
     * Figure-level field {@code k}, a plain value of type {@code v}, cleaned into the plan's figures
     * at {@code at}. A text seen before in its column is taken from its cache; the parser is asked
     * for what the tree reader asked it the first time (the string, the number as a BigDecimal,
     * which writes 1e3 back as "1E+3"), so that a file it fails on fails here at the same place.
     */
    private void field(int k, JsonToken v, int at) throws IOException {
        int c = FIGURE_COLUMNS[k];
        TextCache cache = switch (v) {
            case VALUE_STRING -> strings[k];
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> numbers[k];
            default -> null;
        };
        if (cache != null) {
            char[] chars = p.getTextCharacters();
            int from = p.getTextOffset(), to = from + p.getTextLength();
            RowParser.Clean known = cache.get(chars, from, to);
            if (known == null) {
                known = rows.clean(c, text(v));
                cache.put(chars, from, to, known);
            }
            texts[at] = known;
        } else {
            String raw = text(v);
            texts[at] = raw == null ? RowParser.Clean.EMPTY : rows.clean(c, raw);
        }
    }

    /** A plain value's text, as the tree reader's node gave it ({@code asText()}); null for null. */
    private String text(JsonToken v) throws IOException {
        switch (v) {
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getDecimalValue().toString();
            case VALUE_TRUE:
                return "true";
            case VALUE_FALSE:
                return "false";
            default:
                return null;
        }
    }

    /** Reads the value at hand to its end. */
    private void skip() throws IOException {
        skip(p);
    }

    /**
     * A figure key's index in FIGURE_LEVEL (from NF on: a plan column), or -1: found by identity
     * when the figure before had the same key at the same place (the parser gives one String
     * per name), else looked up.
     */
    private int key(String name, int place) {
        if (place < keyNames.length && keyNames[place] == name) return keyCodes[place];
        Integer k = FIGURE_KEYS.get(name);
        int code = k == null ? -1 : k;
        if (place >= keyNames.length) {
            keyNames = Arrays.copyOf(keyNames, place + 1);
            keyCodes = Arrays.copyOf(keyCodes, place + 1);
        }
        keyNames[place] = name;
        keyCodes[place] = code;
        return code;
    }

    private void grow() {
        int n = lines.length * 2;
        lines = Arrays.copyOf(lines, n);
        problems = Arrays.copyOf(problems, n);
        texts = Arrays.copyOf(texts, n * NF);
    }

    /**
     * Reads the value whose first token is the current one to its end, asking the parser for each
     * string and number as the tree reader did (so limits and malformed values fail as they did).
     */
    static void skip(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT:
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    p.nextToken();
                    skip(p);
                }
                return;
            case START_ARRAY:
                while (p.nextToken() != JsonToken.END_ARRAY) skip(p);
                return;
            case VALUE_STRING:
                p.getText();
                return;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                p.getDecimalValue();
                return;
            case VALUE_TRUE:
            case VALUE_FALSE:
            case VALUE_NULL:
                return;
            default:
                throw new JsonParseException(p, "unexpected token " + p.currentToken());
        }
    }

}
