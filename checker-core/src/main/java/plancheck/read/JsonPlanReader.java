package plancheck.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the JSON form of the contract: {@code {"plans":[{plan fields..., "figures":[{figure
 * fields...}]}]}}, a bare array of plans, or one plan object. Field names are those of the CSV header.
 *
 * <p>The file is read token by token, with no tree: a figure's fields go straight into the arrays
 * {@link RowParser#cleanRow} takes, and a text seen before in its column (region, indicator, unit,
 * year, value ...) is found by the parser's characters and neither copied nor cleaned again. A plan's
 * figures are held (as cleaned texts) only until its object closes: its own fields may come after
 * {@code "figures"}, a plancheck report is told by fields anywhere in it, and a plan cut off by broken
 * JSON gives no figures at all. Messages, their order and the figures are those of the tree reader
 * this replaces ({@code JsonStreamingTest} compares the two).
 */
public final class JsonPlanReader implements PlanReader {
    /*
     * Limits chosen for plan data, deliberately tighter than Jackson's defaults: plan data is 4
     * levels deep (root, plans, plan, figures, figure) and its strings are quotes of one sentence,
     * so deep nesting or huge strings mean the file is not plan data. The document is streamed, not
     * held, but every figure read is kept to the end of the check and one plan's figures are held
     * until the plan closes, so the size of a file is bounded too (64 MB is some 300,000 figures).
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

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    @Override
    public PlanData read(Path file, String name) {
        RowParser rows = new RowParser(name, "figure");
        JsonParser[] open = new JsonParser[1];
        try (Reader in = Inputs.utf8Reader(file); JsonParser p = FACTORY.createParser(in)) {
            open[0] = p;
            Plans plans = new Plans(p, rows);
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
    private static final int VALUE = FIGURE_LEVEL.indexOf(Columns.VALUE), QUOTE = FIGURE_LEVEL.indexOf(Columns.QUOTE);
    /** A plan's key: its index in PLAN_LEVEL, or FIGURES; a figure's key: its index in FIGURE_LEVEL, or IGNORED. */
    private static final int FIGURES = -1, IGNORED = -2;
    private static final Map<String, Integer> PLAN_KEYS = new HashMap<>(), FIGURE_KEYS = new HashMap<>();

    static {
        for (int k = 0; k < PLAN_LEVEL.size(); k++) PLAN_KEYS.put(PLAN_LEVEL.get(k), k);
        PLAN_KEYS.put("figures", FIGURES);
        for (int k = 0; k < NF; k++) FIGURE_KEYS.put(FIGURE_LEVEL.get(k), k);
        // A plan's own columns inside a figure are read (their syntax counts) but not used; the title is unknown there.
        for (String c : Columns.PLAN_FIELDS) FIGURE_KEYS.put(c, IGNORED);
    }

    /**
     * Keys starting with NUL are passed over without a word, as they always were (the tree reader
     * this replaces kept its line numbers under such a key).
     */
    private static final String HIDDEN = "\u0000";
    private static final String NOT_AN_OBJECT = "a figure must be a JSON object";

    /** The plans of one file, read from its parser into its {@link RowParser}. */
    private static final class Plans {
        private final JsonParser p;
        private final RowParser rows;

        /** The plan at hand: its plain fields' texts (null when absent or null), and which are arrays (1) or objects (2). */
        private final String[] planText = new String[PLAN_LEVEL.size()];
        private final byte[] planContainer = new byte[PLAN_LEVEL.size()];
        private final List<String> unknown = new ArrayList<>();
        private boolean figuresArray, findings, summary;

        /**
         * The plan's figures, in order, until it closes: each element's line and its problem (null
         * for a good figure), and a good figure's cleaned fields (FIGURE_LEVEL order) with their two
         * hashes each.
         */
        private int count;
        private int[] lines = new int[64];
        private String[] problems = new String[64];
        private String[] texts = new String[64 * NF];
        private long[] digests = new long[2 * 64 * NF];

        /** Per figure-level column, its texts by characters: those written as strings and as numbers. */
        private final TextCache[] strings = new TextCache[NF], numbers = new TextCache[NF];
        /** One row at a time for {@link RowParser#cleanRow} (which keeps the texts, not the arrays). */
        private final String[] fields = new String[RowParser.FIELD_COUNT];
        private final long[] digest = new long[2 * RowParser.FIELD_COUNT];
        /** The two hashes of an empty field. */
        private final long emptyA, emptyB;

        Plans(JsonParser p, RowParser rows) {
            this.p = p;
            this.rows = rows;
            for (int k = 0; k < NF; k++) {
                if (k != QUOTE) strings[k] = new TextCache();
                numbers[k] = new TextCache();
            }
            long[] h = new long[2];
            RowParser.hash("", h, 0);
            emptyA = h[0];
            emptyB = h[1];
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
                    skip(p);
                    if (!name.startsWith(HIDDEN)) unknown.add(name);
                    if (name.equals("findings")) findings = true;
                    if (name.equals("summary")) summary = true;
                } else if (k == FIGURES) {
                    if (v == JsonToken.START_ARRAY) {
                        figuresArray = true;
                        figures(line);
                    } else {
                        skip(p);
                    }
                } else if (v == JsonToken.START_ARRAY || v == JsonToken.START_OBJECT) {
                    skip(p);
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
            for (int k = 0; k < PLAN_COLUMNS.length; k++) {
                int c = PLAN_COLUMNS[k];
                fields[c] = rows.clean(c, planText[k]);
                RowParser.hash(fields[c], digest, c);
            }
            for (int i = 0; i < count; i++) {
                if (problems[i] != null) {
                    rows.reject(lines[i], problems[i]);
                    continue;
                }
                for (int k = 0; k < NF; k++) {
                    int c = FIGURE_COLUMNS[k], at = i * NF + k;
                    fields[c] = texts[at];
                    digest[2 * c] = digests[2 * at];
                    digest[2 * c + 1] = digests[2 * at + 1];
                }
                rows.cleanRow(lines[i], fields, digest);
            }
        }

        /** Reads the elements of a plan's figures array, whose START_ARRAY is the current token. */
        private void figures(int planLine) throws IOException {
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (count == lines.length) grow();
                if (t == JsonToken.START_OBJECT) {
                    figure();
                } else {
                    skip(p);
                    lines[count] = planLine;
                    problems[count++] = NOT_AN_OBJECT;
                }
            }
        }

        /** Reads the figure object whose START_OBJECT is the current token into the plan's figures. */
        private void figure() throws IOException {
            int line = p.currentLocation().getLineNr();
            int base = count * NF;
            for (int k = 0; k < NF; k++) {
                texts[base + k] = "";
                digests[2 * (base + k)] = emptyA;
                digests[2 * (base + k) + 1] = emptyB;
            }
            int container = NF;
            boolean containerArray = false, badValue = false;
            String unknownKey = null;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                Integer k = FIGURE_KEYS.get(name);
                if (k == null) {
                    skip(p);
                    if (unknownKey == null && !name.startsWith(HIDDEN)) unknownKey = name;
                } else if (k == IGNORED) {
                    skip(p);
                } else if (v == JsonToken.START_ARRAY || v == JsonToken.START_OBJECT) {
                    skip(p);
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
         * Figure-level field {@code k}, a plain value of type {@code v}, cleaned and hashed into the
         * plan's figures at {@code at}. A text seen before in its column is taken from its cache; the
         * parser is asked for what the tree reader asked it the first time (the string, the number as
         * a BigDecimal), so that a file it fails on fails here at the same place.
         */
        private void field(int k, JsonToken v, int at) throws IOException {
            int c = FIGURE_COLUMNS[k];
            String raw;
            switch (v) {
                case VALUE_STRING: {
                    TextCache cache = strings[k];
                    if (cache == null) { // the quote: differs from figure to figure
                        raw = p.getText();
                        break;
                    }
                    char[] chars = p.getTextCharacters();
                    int off = p.getTextOffset(), len = p.getTextLength();
                    if (cache.get(chars, off, len, texts, digests, at)) return;
                    raw = p.getText();
                    store(cache, chars, off, len, c, raw, at);
                    return;
                }
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT: {
                    // As written, but the way the tree reader's BigDecimal wrote it back (1e3 is "1E+3").
                    TextCache cache = numbers[k];
                    char[] chars = p.getTextCharacters();
                    int off = p.getTextOffset(), len = p.getTextLength();
                    if (cache.get(chars, off, len, texts, digests, at)) return;
                    raw = p.getDecimalValue().toString();
                    store(cache, chars, off, len, c, raw, at);
                    return;
                }
                case VALUE_TRUE:
                    raw = "true";
                    break;
                case VALUE_FALSE:
                    raw = "false";
                    break;
                default: // VALUE_NULL: an empty field
                    return;
            }
            String text = rows.clean(c, raw);
            texts[at] = text;
            RowParser.hash(text, digests, at);
        }

        private void store(TextCache cache, char[] chars, int off, int len, int column, String raw, int at) {
            String text = rows.clean(column, raw);
            texts[at] = text;
            RowParser.hash(text, digests, at);
            cache.put(chars, off, len, text, digests[2 * at], digests[2 * at + 1]);
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

        private void grow() {
            int n = lines.length * 2;
            lines = Arrays.copyOf(lines, n);
            problems = Arrays.copyOf(problems, n);
            texts = Arrays.copyOf(texts, n * NF);
            digests = Arrays.copyOf(digests, 2 * n * NF);
        }
    }

    /**
     * Reads the value whose first token is the current one to its end, asking the parser for each
     * string and number as the tree reader did (so limits and malformed values fail as they did).
     */
    private static void skip(JsonParser p) throws IOException {
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

    /**
     * The cleaned texts of one figure column by the characters the parser holds for them, with
     * their two hashes: most fields repeat from figure to figure and are then neither copied nor
     * cleaned again. Open addressing; it stops growing at {@link #MAX} texts (after which new texts
     * are cleaned each time), and holds no text longer than {@link #MAX_KEY} characters.
     */
    private static final class TextCache {
        private static final int MAX = 1 << 15, MAX_KEY = 256;
        private char[][] keys = new char[64][];
        private String[] texts = new String[64];
        private int[] hashes = new int[64];
        private long[] digests = new long[128];
        private int size;

        private static int hash(char[] c, int off, int len) {
            int h = 1;
            for (int i = off, end = off + len; i < end; i++) h = 31 * h + c[i];
            return h ^ (h >>> 16);
        }

        /** Whether the text is known; if so, puts it and its hashes into {@code texts} and {@code digests} at {@code at}. */
        boolean get(char[] c, int off, int len, String[] texts, long[] digests, int at) {
            if (len > MAX_KEY) return false;
            int h = hash(c, off, len), mask = keys.length - 1;
            for (int i = h & mask; keys[i] != null; i = (i + 1) & mask) {
                char[] k = keys[i];
                if (hashes[i] == h && Arrays.equals(k, 0, k.length, c, off, off + len)) {
                    texts[at] = this.texts[i];
                    digests[2 * at] = this.digests[2 * i];
                    digests[2 * at + 1] = this.digests[2 * i + 1];
                    return true;
                }
            }
            return false;
        }

        void put(char[] c, int off, int len, String text, long a, long b) {
            if (len > MAX_KEY || size >= MAX) return;
            int h = hash(c, off, len), mask = keys.length - 1;
            int i = h & mask;
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = Arrays.copyOfRange(c, off, off + len);
            texts[i] = text;
            hashes[i] = h;
            digests[2 * i] = a;
            digests[2 * i + 1] = b;
            if (2 * ++size > keys.length) grow();
        }

        private void grow() {
            char[][] ok = keys;
            String[] ot = texts;
            int[] oh = hashes;
            long[] od = digests;
            keys = new char[ok.length * 2][];
            texts = new String[ok.length * 2];
            hashes = new int[ok.length * 2];
            digests = new long[ok.length * 4];
            int mask = keys.length - 1;
            for (int j = 0; j < ok.length; j++) {
                if (ok[j] == null) continue;
                int i = oh[j] & mask;
                while (keys[i] != null) i = (i + 1) & mask;
                keys[i] = ok[j];
                texts[i] = ot[j];
                hashes[i] = oh[j];
                digests[2 * i] = od[2 * j];
                digests[2 * i + 1] = od[2 * j + 1];
            }
        }
    }
}
