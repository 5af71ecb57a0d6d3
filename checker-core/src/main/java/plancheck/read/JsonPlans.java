package plancheck.read;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plans of one JSON file, read token by token from its parser into its {@link RowParser}, for
 * {@link JsonPlanReader}: a plan's fields, its figures held (as cleaned texts) until the plan object
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
    private static final int VALUE = FIGURE_LEVEL.indexOf(Columns.VALUE), QUOTE = FIGURE_LEVEL.indexOf(Columns.QUOTE);
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
    /** The fast pass: the parser does not look for duplicate keys, so this does (and gives up at one). */
    private final boolean fast;
    /**
     * In the fast pass, the bytes the parser has read, where a string's raw bytes are found
     * (else null); and the file a plain quote is left in, when quotes are stored.
     */
    private final Utf8Check bytes;
    private final Path quotesIn;
    /** The keys of the figure before, by their place in it, and what they are (-1: unknown): figures repeat their keys. */
    private String[] keyNames = new String[0];
    private int[] keyCodes = new int[0];
    /** A plan's or figure's keys outside the contract, in the fast pass: rare, so a list. */
    private final List<String> others = new ArrayList<>();

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
    /** A figure's quote when it is left in its file (its text is then ""), else null. */
    private FileQuote[] stored = new FileQuote[64];

    /**
     * Per figure-level column, its texts by characters: those written as strings and as numbers;
     * and in the fast pass, those written as strings by their raw bytes.
     */
    private final TextCache[] strings = new TextCache[NF], numbers = new TextCache[NF];
    private final TextCache[] raws = new TextCache[NF];
    /** One row at a time for {@link RowParser#cleanRow} (which keeps the texts, not the arrays). */
    private final String[] fields = new String[RowParser.FIELD_COUNT];
    private final long[] digest = new long[2 * RowParser.FIELD_COUNT];
    /** The two hashes of an empty field. */
    private final long emptyA, emptyB;

    JsonPlans(JsonParser p, RowParser rows, Utf8Check bytes, Path quotesIn) {
        this.p = p;
        this.rows = rows;
        this.fast = bytes != null;
        // The byte offsets of strings come from the parser's base class (Jackson's own parsers have it).
        this.bytes = p instanceof ParserBase ? bytes : null;
        this.quotesIn = quotesIn;
        for (int k = 0; k < NF; k++) {
            if (k != QUOTE) {
                strings[k] = new TextCache();
                raws[k] = new TextCache();
            }
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
        others.clear();
        int seen = 0;
        for (JsonToken t = p.currentToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            Integer k = PLAN_KEYS.get(name);
            if (k == null) {
                if (fast) another(name);
                skip();
                if (!name.startsWith(HIDDEN)) unknown.add(name);
                if (name.equals("findings")) findings = true;
                if (name.equals("summary")) summary = true;
                continue;
            }
            if (fast) {
                if ((seen & 1 << k) != 0) throw Unusual.INSTANCE;
                seen |= 1 << k;
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
            rows.cleanRow(lines[i], fields, digest, stored[i]);
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
                stored[count] = null;
                lines[count] = planLine;
                problems[count++] = NOT_AN_OBJECT;
            }
        }
    }

    /** Reads the figure object whose START_OBJECT is the current token into the plan's figures. */
    private void figure() throws IOException {
        // The line the figure's brace is on (the fast pass's parser knows it without making a location).
        int line = bytes != null ? ((ParserBase) p).getTokenLineNr() : p.currentLocation().getLineNr();
        int base = count * NF;
        stored[count] = null;
        for (int k = 0; k < NF; k++) {
            texts[base + k] = "";
            digests[2 * (base + k)] = emptyA;
            digests[2 * (base + k) + 1] = emptyB;
        }
        int container = NF;
        boolean containerArray = false, badValue = false;
        String unknownKey = null;
        int seen = 0;
        if (fast) others.clear();
        int place = 0;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken(), place++) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            int k = key(name, place);
            if (k < 0) {
                if (fast) another(name);
                skip();
                if (unknownKey == null && !name.startsWith(HIDDEN)) unknownKey = name;
                continue;
            }
            if (fast) {
                if ((seen & 1 << k) != 0) throw Unusual.INSTANCE;
                seen |= 1 << k;
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
                if (bytes != null) {
                    int from = rawStart();
                    if (from >= 0 && (k == QUOTE ? quote(c, at, from) : fromBytes(k, c, at, from))) return;
                }
                TextCache cache = strings[k];
                if (cache == null) { // the quote: differs from figure to figure
                    raw = p.getText();
                    break;
                }
                char[] chars = p.getTextCharacters();
                int off = p.getTextOffset(), len = p.getTextLength();
                if (cache.get(chars, off, off + len, texts, digests, at)) return;
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
                if (cache.get(chars, off, off + len, texts, digests, at)) return;
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

    /**
     * Where the raw bytes of the string value at hand start in the window of bytes read, or -1:
     * the parser's offset is just after the value's opening quote (it has read that and no
     * more), which is checked: a quote, then, back over blanks, the colon after the key.
     */
    private int rawStart() {
        long at = ((ParserBase) p).getTokenCharacterOffset() - bytes.windowStart;
        if (at < 1 || at > bytes.windowLength) return -1;
        byte[] w = bytes.window;
        int from = (int) at;
        if (w[from - 1] != '"') return -1;
        int k = from - 2;
        while (k >= 0 && (w[k] == ' ' || w[k] == '\n' || w[k] == '\r' || w[k] == '\t')) k--;
        return k >= 0 && w[k] == ':' ? from : -1;
    }

    /**
     * A figure-level string (not the quote) by its raw bytes from {@code from} to the closing
     * quote: a text seen before in its column is neither decoded nor cleaned again. False, and
     * nothing done, when an escape or a control character comes first, or the end of what was read.
     */
    private boolean fromBytes(int k, int c, int at, int from) throws IOException {
        byte[] w = bytes.window;
        int h = 1, i = from;
        for (int end = bytes.windowLength; ; i++) {
            if (i == end) return false;
            byte b = w[i];
            if (b == '"') break;
            if (b == '\\' || (b >= 0 && b < 0x20)) return false;
            h = 31 * h + b;
        }
        TextCache cache = raws[k];
        if (cache.get(w, from, i, h, texts, digests, at)) return true;
        byte[] key = Arrays.copyOfRange(w, from, i);
        String text = rows.clean(c, p.getText());
        texts[at] = text;
        RowParser.hash(text, digests, at);
        cache.put(key, h, text, digests[2 * at], digests[2 * at + 1]);
        return true;
    }

    /**
     * The quote, by its raw bytes from {@code from} to the closing quote, hashed in the same pass
     * as {@link RowParser#hash} hashes them: when cleaning would not change it, left in its file
     * ({@link FileQuote}; its text is then "") or decoded from the bytes, as the CSV reader does;
     * else decoded and cleaned. False, and nothing done, as for {@link #fromBytes}.
     */
    private boolean quote(int c, int at, int from) throws IOException {
        byte[] w = bytes.window;
        long ha = 0xcbf29ce484222325L, hb = 1125899906842597L;
        boolean wide = false;
        int i = from;
        for (int end = bytes.windowLength; ; i++) {
            if (i == end) return false;
            byte b = w[i];
            if (b == '"') break;
            if (b == '\\' || (b >= 0 && b < 0x20)) return false;
            if ((b == (byte) 0xEF || b == (byte) 0xE3) && !wide) wide = Utf8Bytes.wide(w, i, Math.min(i + 3, end));
            ha = (ha ^ b) * 0x100000001b3L;
            hb = 31 * hb + b;
        }
        if (wide || i == from || Utf8Bytes.space(Utf8Bytes.codePointAt(w, from))
                || Utf8Bytes.space(Utf8Bytes.codePointBefore(w, i))) {
            String text = rows.clean(c, p.getText());
            texts[at] = text;
            RowParser.hash(text, digests, at);
            return true;
        }
        digests[2 * at] = ha;
        digests[2 * at + 1] = hb;
        if (quotesIn != null) {
            texts[at] = "";
            stored[count] = new FileQuote(quotesIn, bytes.windowStart + from, i - from, ha);
        } else {
            texts[at] = new String(w, from, i - from, StandardCharsets.UTF_8);
        }
        return true;
    }

    private void store(TextCache cache, char[] chars, int off, int len, int column, String raw, int at) {
        String text = rows.clean(column, raw);
        texts[at] = text;
        RowParser.hash(text, digests, at);
        cache.put(chars, off, off + len, text, digests[2 * at], digests[2 * at + 1]);
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

    /**
     * Reads the value at hand to its end. The fast pass leaves a nested array or object (an
     * error in plan data, and where duplicate keys could hide) to the exact pass.
     */
    private void skip() throws IOException {
        if (fast && (p.currentToken() == JsonToken.START_ARRAY || p.currentToken() == JsonToken.START_OBJECT)) {
            throw Unusual.INSTANCE;
        }
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

    /** Notes a key outside the contract in the fast pass; a second one of the same name gives up. */
    private void another(String name) {
        if (others.contains(name)) throw Unusual.INSTANCE;
        others.add(name);
    }

    private void grow() {
        int n = lines.length * 2;
        lines = Arrays.copyOf(lines, n);
        problems = Arrays.copyOf(problems, n);
        stored = Arrays.copyOf(stored, n);
        texts = Arrays.copyOf(texts, n * NF);
        digests = Arrays.copyOf(digests, 2 * n * NF);
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
