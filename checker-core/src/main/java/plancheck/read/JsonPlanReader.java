package plancheck.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * {@link RowParser#cleanRow} takes, and a text seen before in its column (indicator, unit, year,
 * value ...) is found by its raw bytes or the parser's characters and neither decoded nor cleaned
 * again; a plain quote stays in the file ({@link FileQuote}), as in the CSV reader. A plan's
 * figures are held (as cleaned texts) only until its object closes: its own fields may come after
 * {@code "figures"}, a plancheck report is told by fields anywhere in it, and a plan cut off by broken
 * JSON gives no figures at all. Each file is read by a fast pass over its bytes, and only when that
 * meets anything unusual, again by the exact pass (see {@link #read(Path, String, boolean)}).
 * Messages, their order and the figures are those of the tree reader this replaces
 * ({@code JsonStreamingTest} compares the two).
 */
public final class JsonPlanReader implements PlanReader {
    private final boolean storeQuotes;

    /** A reader that leaves the plain quotes of JSON files in the file ({@link FileQuote}) until a report asks. */
    public JsonPlanReader() {
        this(true);
    }

    /** @param storeQuotes false to hold every quote in memory (to write every figure out again) */
    public JsonPlanReader(boolean storeQuotes) {
        this.storeQuotes = storeQuotes;
    }

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
    /** Every file the fast pass does not take: text decoded strictly, duplicate keys found by Jackson. */
    private static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(LIMITS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    /** The fast pass: bytes parsed as UTF-8 ({@link Utf8Check} checks them), duplicate keys found by {@link Plans}. */
    private static final JsonFactory FAST_FACTORY = JsonFactory.builder().streamReadConstraints(LIMITS)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    @Override
    public PlanData read(Path file, String name) {
        // Only a regular file can be read twice (a pipe gives its bytes once).
        PlanData fast = Files.isRegularFile(file) ? read(file, name, true) : null;
        return fast != null ? fast : read(file, name, false);
    }

    /**
     * The file's plan data. The fast pass ({@code fast}) takes only well-formed plan data read to its
     * end: it parses the bytes (checked to be UTF-8 on the way) instead of decoded text and finds
     * duplicate keys itself, and gives up, returning null, at anything out of the ordinary: bytes
     * that are not UTF-8, malformed JSON, a limit, a duplicate key, a value nested in a plan or
     * figure, a stray element or field around the plans. The exact pass then reads the file as
     * plancheck always has (strict decoding, Jackson's duplicate detection), so a bad file gets the
     * same messages at the same places whatever the fast pass made of it; on a file the fast pass
     * reads to the end both see the same tokens and give the same figures and row errors.
     */
    PlanData read(Path file, String name, boolean fast) {
        RowParser rows = new RowParser(name, "figure");
        JsonParser[] open = new JsonParser[1];
        Utf8Check bytes = null;
        try (Reader in = fast ? null : Inputs.utf8Reader(file);
             InputStream raw = fast ? bytes = new Utf8Check(Files.newInputStream(file)) : null;
             JsonParser p = fast ? FAST_FACTORY.createParser(raw) : FACTORY.createParser(in)) {
            open[0] = p;
            Path quotesIn = fast && storeQuotes && Files.isRegularFile(file) ? file.toAbsolutePath() : null;
            Plans plans = new Plans(p, rows, bytes, quotesIn);
            JsonToken first = p.nextToken();
            if (first == null) {
                if (fast) throw Unusual.INSTANCE;
                return PlanData.failed(name, new InputError(name, 1, 0, "empty file: expected JSON plan data"));
            }
            if (first == JsonToken.START_OBJECT) {
                // {"plans":[...]} is streamed plan by plan, so that a broken end of the file does not
                // hide the problems of the plans before it; any other object is one plan.
                if (p.nextToken() == JsonToken.FIELD_NAME && "plans".equals(p.currentName())) {
                    int line = p.currentLocation().getLineNr();
                    if (p.nextToken() != JsonToken.START_ARRAY) {
                        if (fast) throw Unusual.INSTANCE;
                        rows.error(line, 0, "'plans' must be an array of plan objects");
                        p.skipChildren();
                    } else {
                        while (p.nextToken() == JsonToken.START_OBJECT) plans.object();
                        if (p.currentToken() != JsonToken.END_ARRAY) {
                            if (fast) throw Unusual.INSTANCE;
                            rows.error(p.currentLocation().getLineNr(), 0, "'plans' must hold plan objects only");
                            p.skipChildren();
                        }
                    }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        if (fast) throw Unusual.INSTANCE;
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
                    if (fast) throw Unusual.INSTANCE;
                    rows.error(p.currentLocation().getLineNr(), p.currentLocation().getColumnNr(),
                            "expected a plan object in the array");
                    // The parser stands inside the array: what follows is not "after the plan data".
                    return rows.result();
                }
            } else {
                if (fast) throw Unusual.INSTANCE;
                rows.error(1, 1, "expected a JSON object or array of plans");
                return rows.result();
            }
            if (p.nextToken() != null) {
                if (fast) throw Unusual.INSTANCE;
                JsonLocation l = p.currentLocation();
                rows.error(l.getLineNr(), l.getColumnNr(), "unexpected content after the plan data");
            }
        } catch (Unusual e) {
            return null;
        } catch (IOException | java.io.UncheckedIOException e) {
            return fast ? null : problem(file, name, rows, open[0], e);
        } catch (RuntimeException e) {
            if (fast) return null;
            throw e;
        }
        return rows.result();
    }

    /** What the exact pass says about an exception: plancheck's words for Jackson's. */
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

    /** The plans of one file, read from its parser into its {@link RowParser}. */
    private static final class Plans {
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
        private final ByteCache[] raws = new ByteCache[NF];
        /** One row at a time for {@link RowParser#cleanRow} (which keeps the texts, not the arrays). */
        private final String[] fields = new String[RowParser.FIELD_COUNT];
        private final long[] digest = new long[2 * RowParser.FIELD_COUNT];
        /** The two hashes of an empty field. */
        private final long emptyA, emptyB;

        Plans(JsonParser p, RowParser rows, Utf8Check bytes, Path quotesIn) {
            this.p = p;
            this.rows = rows;
            this.fast = bytes != null;
            // The byte offsets of strings come from the parser's base class (Jackson's own parsers have it).
            this.bytes = p instanceof ParserBase ? bytes : null;
            this.quotesIn = quotesIn;
            for (int k = 0; k < NF; k++) {
                if (k != QUOTE) {
                    strings[k] = new TextCache();
                    raws[k] = new ByteCache();
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
            ByteCache cache = raws[k];
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

        /**
         * Reads the value at hand to its end. The fast pass leaves a nested array or object (an
         * error in plan data, and where duplicate keys could hide) to the exact pass.
         */
        private void skip() throws IOException {
            if (fast && (p.currentToken() == JsonToken.START_ARRAY || p.currentToken() == JsonToken.START_OBJECT)) {
                throw Unusual.INSTANCE;
            }
            JsonPlanReader.skip(p);
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

    /** Why the fast pass leaves a file to the exact pass; no stack trace, it is not an error. */
    private static final class Unusual extends RuntimeException {
        static final Unusual INSTANCE = new Unusual();

        private Unusual() {
            super(null, null, false, false);
        }
    }

    /**
     * Passes a file's bytes on, checking on the way that they are UTF-8 as the JDK's strict decoder
     * takes it (Unicode's table 3-7: no overlong forms, surrogates or values above U+10FFFF), so the
     * fast pass parses bytes only where the exact pass would decode text. At the first bad byte, or
     * an end inside a character, it gives up ({@link Unusual}); likewise at a zero byte among the
     * first four, from which Jackson would guess UTF-16 or UTF-32.
     */
    static final class Utf8Check extends java.io.FilterInputStream {
        /** Continuation bytes still due, and the range the next one must be in. */
        private int due, lo = 0x80, hi = 0xBF;
        private long passed;
        /**
         * The bytes passed on most recently, at least the last 32 KB (Jackson reads 8,000 at a
         * time): where a string's raw bytes are read. {@code windowStart} is where window[0] is in
         * the file.
         */
        byte[] window = new byte[1 << 16];
        long windowStart;
        int windowLength;

        Utf8Check(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n < 0) {
                if (due > 0) throw Unusual.INSTANCE;
                return n;
            }
            if (passed < 4) {
                for (int i = off; i < off + n && passed + (i - off) < 4; i++) if (b[i] == 0) throw Unusual.INSTANCE;
            }
            passed += n;
            check(b, off, off + n);
            keep(b, off, n);
            return n;
        }

        private void keep(byte[] b, int off, int n) {
            if (2 * n > window.length) window = Arrays.copyOf(window, Integer.highestOneBit(n) * 4);
            if (windowLength + n > window.length) {
                int drop = windowLength + n - window.length;
                System.arraycopy(window, drop, window, 0, windowLength - drop);
                windowStart += drop;
                windowLength -= drop;
            }
            System.arraycopy(b, off, window, windowLength, n);
            windowLength += n;
        }

        @Override
        public long skip(long n) {
            throw new UnsupportedOperationException("every byte is checked");
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void check(byte[] b, int from, int to) {
            int i = from;
            while (due > 0 && i < to) {
                int c = b[i++] & 0xFF;
                if (c < lo || c > hi) throw Unusual.INSTANCE;
                lo = 0x80;
                hi = 0xBF;
                due--;
            }
            while (i < to) {
                int c = b[i++];
                if (c >= 0) continue;
                c &= 0xFF;
                if (c >= 0xC2 && c <= 0xDF) {
                    due = 1;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    due = 2;
                    if (c == 0xE0) lo = 0xA0;
                    else if (c == 0xED) hi = 0x9F;
                } else if (c >= 0xF0 && c <= 0xF4) {
                    due = 3;
                    if (c == 0xF0) lo = 0x90;
                    else if (c == 0xF4) hi = 0x8F;
                } else {
                    throw Unusual.INSTANCE;
                }
                while (due > 0 && i < to) {
                    int d = b[i++] & 0xFF;
                    if (d < lo || d > hi) throw Unusual.INSTANCE;
                    lo = 0x80;
                    hi = 0xBF;
                    due--;
                }
            }
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
            return spread(h);
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

    /**
     * A polynomial hash mixed for open addressing: texts that differ in their last character (1110,
     * 1111 ...) would otherwise fill neighbouring slots and make long runs to probe.
     */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** {@link TextCache} for texts known by their raw UTF-8 bytes. */
    private static final class ByteCache {
        private static final int MAX = 1 << 15, MAX_KEY = 1024;
        private byte[][] keys = new byte[64][];
        private String[] texts = new String[64];
        private int[] hashes = new int[64];
        private long[] digests = new long[128];
        private int size;

        /**
         * Whether the text is known; if so, puts it and its hashes into {@code texts} and {@code
         * digests} at {@code at}. {@code raw}: the bytes' 31-polynomial hash from 1.
         */
        boolean get(byte[] b, int from, int to, int raw, String[] texts, long[] digests, int at) {
            if (to - from > MAX_KEY) return false;
            int h = spread(raw), mask = keys.length - 1;
            for (int i = h & mask; keys[i] != null; i = (i + 1) & mask) {
                byte[] k = keys[i];
                if (hashes[i] == h && Arrays.equals(k, 0, k.length, b, from, to)) {
                    texts[at] = this.texts[i];
                    digests[2 * at] = this.digests[2 * i];
                    digests[2 * at + 1] = this.digests[2 * i + 1];
                    return true;
                }
            }
            return false;
        }

        void put(byte[] key, int raw, String text, long a, long b) {
            if (key.length > MAX_KEY || size >= MAX) return;
            int h = spread(raw), mask = keys.length - 1;
            int i = h & mask;
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = key;
            texts[i] = text;
            hashes[i] = h;
            digests[2 * i] = a;
            digests[2 * i + 1] = b;
            if (2 * ++size > keys.length) grow();
        }

        private void grow() {
            byte[][] ok = keys;
            String[] ot = texts;
            int[] oh = hashes;
            long[] od = digests;
            keys = new byte[ok.length * 2][];
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
