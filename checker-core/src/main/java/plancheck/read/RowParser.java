package plancheck.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import plancheck.model.Figure;
import plancheck.model.Kind;
import plancheck.model.Level;
import plancheck.model.Num;
import plancheck.model.Plan;
import plancheck.model.Qualifier;
import plancheck.model.Scopes;
import plancheck.model.Source;

/**
 * Turns one row of the structured contract (from CSV or JSON) into a figure, checking every field.
 * Keeps the plans seen so far so that rows of one plan that disagree on its region or period are
 * caught. One instance per input file.
 */
public final class RowParser {
    private final String file;
    private final Map<String, Plan> plans = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<InputError> errors = new ArrayList<>();
    private final RowDigests seen = new RowDigests();
    /** One copy of each repeated text (region, plan id, indicator, unit ...): a large file repeats them per row. */
    private final Map<String, String> pool = new HashMap<>();
    private final Map<String, Label> labels = new HashMap<>();
    private final Map<String, Qualifier> qualifiers = new HashMap<>();
    private final Map<String, Double> values = new HashMap<>();
    private final Map<String, Integer> lineNumbers = new HashMap<>();
    private int rejected;

    /** What a duplicate is called in messages: a CSV "row", a JSON "figure". */
    private final String unitWord;

    RowParser(String file, String unitWord) {
        this.file = file;
        this.unitWord = unitWord;
    }

    /**
     * Parses one row whose fields, by {@link #columnIndex column index}, were {@link #clean cleaned}:
     * {@code fields} holds their texts, {@code hashes} the two hashes of each in turn.
     */
    void row(int line, String[] fields, long[] hashes) {
        // The same figure twice would report every finding about it twice.
        int earlier = seen.putIfAbsent(hashes, line);
        String problem = earlier >= 0 ? "duplicate " + unitWord + ": the same as line " + earlier : check(line, fields);
        if (problem != null) {
            errors.add(new InputError(file, line, 0, problem));
            rejected++;
        }
    }

    /**
     * A field as the checks see it (full-width to ASCII, trimmed, repeated texts pooled) with its
     * hashes; the readers keep what this returns for a raw text and reuse it ({@link TextCache}).
     */
    Clean clean(int column, String raw) {
        String v = raw == null ? "" : Num.toAscii(raw).strip();
        return Clean.of(POOLED[column] ? pooled(v) : v);
    }

    /** A cleaned text and the two hashes ({@link #hash}) a row's digest folds in. */
    record Clean(String text, long a, long b) {
        static final Clean EMPTY = of("");

        static Clean of(String text) {
            long[] h = new long[2];
            hash(text, h, 0);
            return new Clean(text, h[0], h[1]);
        }

        /** Puts the text into {@code fields[column]} and its hashes into {@code hashes}. */
        void into(int column, String[] fields, long[] hashes) {
            fields[column] = text;
            hashes[2 * column] = a;
            hashes[2 * column + 1] = b;
        }
    }

    /** Every column a row may have: the contract's, and the optional plan title. */
    private static final List<String> FIELDS = java.util.stream.Stream.concat(Columns.ALL.stream(),
            java.util.stream.Stream.of(Columns.TITLE)).toList();
    static final int FIELD_COUNT = FIELDS.size();
    private static final int PLAN_ID = FIELDS.indexOf(Columns.PLAN_ID), REGION = FIELDS.indexOf(Columns.REGION),
            LEVEL = FIELDS.indexOf(Columns.LEVEL), PARENT = FIELDS.indexOf(Columns.PARENT),
            PERIOD_START = FIELDS.indexOf(Columns.PERIOD_START), PERIOD_END = FIELDS.indexOf(Columns.PERIOD_END),
            INDICATOR = FIELDS.indexOf(Columns.INDICATOR), SCOPE_LABEL = FIELDS.indexOf(Columns.SCOPE_LABEL),
            UNIT = FIELDS.indexOf(Columns.UNIT), KIND = FIELDS.indexOf(Columns.KIND), YEAR = FIELDS.indexOf(Columns.YEAR),
            VALUE = FIELDS.indexOf(Columns.VALUE), QUALIFIER = FIELDS.indexOf(Columns.QUALIFIER),
            SOURCE_FILE = FIELDS.indexOf(Columns.SOURCE_FILE), SOURCE_LINE = FIELDS.indexOf(Columns.SOURCE_LINE),
            QUOTE = FIELDS.indexOf(Columns.QUOTE), TITLE = FIELDS.indexOf(Columns.TITLE);
    private static final int[] REQUIRED = Columns.REQUIRED.stream().mapToInt(FIELDS::indexOf).toArray();

    /** A column's index in the rows {@link #row} takes, or -1 for a name outside the contract. */
    static int columnIndex(String name) {
        return FIELDS.indexOf(name);
    }

    /** Whether a column's texts repeat from row to row (all but the quote), so a {@link TextCache} pays. */
    static boolean repeats(int column) {
        return column != QUOTE;
    }

    private String check(int line, String[] f) {
        for (int c : REQUIRED) {
            if (c != VALUE && f[c].isEmpty()) return "column '" + FIELDS.get(c) + "' is empty";
        }
        Level level = Level.parse(f[LEVEL]);
        if (level == null) {
            return "unknown level '" + f[LEVEL] + "' (expected province, city, district or county)";
        }
        Kind kind = Kind.parse(f[KIND]);
        if (kind == null) return "unknown kind '" + f[KIND] + "' (expected target, baseline or share)";
        int start = year(f[PERIOD_START]);
        if (start < 0) return "period_start '" + f[PERIOD_START] + "' is not a year";
        int end = year(f[PERIOD_END]);
        if (end < 0) return "period_end '" + f[PERIOD_END] + "' is not a year";
        if (end < start) return "period_end " + end + " is before period_start " + start;
        int year = year(f[YEAR]);
        if (year < 0) return "year '" + f[YEAR] + "' is not a year";
        String valueText = f[VALUE];
        Double value = null;
        if (!valueText.isEmpty()) {
            value = values.get(valueText);
            if (value == null) {
                value = Num.parse(valueText);
                if (value == null) return "value '" + valueText + "' is not a number" + hint(valueText);
                // No plan counts or spends 10^15 of anything: such a value is a slip (an exponent, a pasted id).
                if (Math.abs(value) >= 1e15) return "value '" + valueText + "' is too large for a plan figure";
                // Large files repeat values: one box per text (and the check above passed for it).
                if (values.size() < MAX_VALUES) values.put(valueText, value);
            }
        }
        String sourceLine = f[SOURCE_LINE];
        int srcLine = 0;
        if (!sourceLine.isEmpty()) {
            Integer known = lineNumbers.get(sourceLine);
            if (known != null) {
                srcLine = known;
            } else {
                srcLine = lineNumber(sourceLine);
                if (srcLine < 0) return "source_line '" + sourceLine + "' is not a line number";
                if (lineNumbers.size() < MAX_VALUES) lineNumbers.put(sourceLine, srcLine);
            }
        }

        String planId = f[PLAN_ID];
        Plan plan = plans.get(planId);
        if (plan == null) {
            plan = new Plan(planId, f[REGION], level, f[PARENT], start, end, f[TITLE], file);
            plans.put(planId, plan);
        } else if (!samePlan(plan, f[REGION], level, f[PARENT], start, end)) {
            return "plan '" + planId + "' is described differently than on an earlier row"
                    + " (region, level, parent and period must agree)";
        }

        String indicator = f[INDICATOR];
        String unit = f[UNIT];
        String scope = f[SCOPE_LABEL];
        Label label = labels.computeIfAbsent(indicator, Label::split);
        if (scope.isEmpty()) scope = label.scope();
        if (unit.isEmpty()) unit = label.unit();
        if (kind == Kind.SHARE && !unit.isEmpty() && !unit.equals("%")) {
            return "a share is a percentage: unit must be '%', not '" + unit + "'";
        }
        String sourceFile = f[SOURCE_FILE];
        String at = sourceFile.isEmpty() ? file : sourceFile;
        int atLine = sourceFile.isEmpty() ? line : srcLine;
        Source source = Source.named(at, atLine, f[QUOTE], file, line);
        String qualifierText = f[QUALIFIER];
        Qualifier qualifier = qualifiers.computeIfAbsent(qualifierText, Qualifier::parse);
        figures.add(new Figure(0, plan.planId(), plan.region(), level, plan.parent(), label.indicator(),
                label.indicator(), false, false, null, unit, scope, kind, year, value, qualifier,
                qualifierText, source));
        return null;
    }

    private static final int MAX_VALUES = 1 << 16;

    private static boolean samePlan(Plan a, String region, Level level, String parent, int start, int end) {
        return a.region().equals(region) && a.level() == level && a.parent().equals(parent)
                && a.periodStart() == start && a.periodEnd() == end;
    }

    private static String hint(String text) {
        if (text.matches("[\\d,]+(\\.\\d+)?")) return " (write it without thousands separators)";
        if (text.matches(".*\\d.*")) return " (write the number alone; put words such as 约 or 以上 in 'qualifier')";
        return " (leave it empty when the document left the number blank)";
    }

    /** A year from 1900 to 2200 written as four ASCII digits, else -1. */
    static int year(String text) {
        if (text == null || text.length() != 4) return -1;
        // No loop: C2's profiled loop predicates over String.charAt deoptimise and recompile the
        // row loop again and again on JDK 17 (JDK-8293491), several seconds of compiling at 1 M rows.
        int y = digit(text.charAt(0)) * 1000 + digit(text.charAt(1)) * 100 + digit(text.charAt(2)) * 10
                + digit(text.charAt(3));
        return y >= 1900 && y <= 2200 ? y : -1;
    }

    /** A digit's value, or a large negative number that keeps any sum it is in negative. */
    private static int digit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : -100_000;
    }

    /** One to nine ASCII digits as a number, else -1. */
    static int lineNumber(String text) {
        if (text.isEmpty() || text.length() > 9) return -1;
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }
    private static final java.util.regex.Pattern UNIT_SUFFIX = java.util.regex.Pattern.compile("[（(]([^（()）]{1,4})[）)]$");
    private static final java.util.regex.Pattern UNIT_WORD = java.util.regex.Pattern.compile("％|[万亿]?(" + plancheck.model.Units.WORDS + ")");

    private static final boolean[] POOLED = new boolean[FIELD_COUNT];

    static {
        for (String c : List.of(Columns.PLAN_ID, Columns.REGION, Columns.PARENT, Columns.INDICATOR,
                Columns.SCOPE_LABEL, Columns.UNIT, Columns.QUALIFIER, Columns.SOURCE_FILE, Columns.TITLE)) {
            POOLED[FIELDS.indexOf(c)] = true;
        }
    }

    private String pooled(String s) {
        if (s.isEmpty()) return "";
        String p = pool.putIfAbsent(s, s);
        return p == null ? s : p;
    }

    void error(int line, int column, String message) {
        errors.add(new InputError(file, line, column, message));
    }

    void rejected(int n) {
        rejected += n;
    }

    /** A row that is not read at all: its one error, and it counts as rejected. */
    void reject(int line, String message) {
        error(line, 0, message);
        rejected(1);
    }

    /** A CSV row whose field count is not the header's (the same words from either CSV path). */
    void wrongWidth(int line, int fields, int headerFields) {
        reject(line, "row has " + fields + " fields, the header has " + headerFields);
    }

    PlanData result() {
        return new PlanData(file, List.copyOf(plans.values()), figures, errors, rejected, List.of());
    }

    /**
     * An indicator label split into its scope word, the indicator, and a unit in brackets; public
     * because the document readers split labels the same way.
     */
    public record Label(String scope, String indicator, String unit) {
        public static Label split(String text) {
            String s = Objects.requireNonNullElse(text, "").strip();
            String unit = "";
            var m = UNIT_SUFFIX.matcher(s);
            if (m.find() && isUnit(m.group(1))) {
                unit = m.group(1).equals("％") ? "%" : m.group(1);
                s = s.substring(0, m.start()).strip();
            }
            String scope = Scopes.prefixOf(s);
            // 全社会 is part of the indicator's name (全社会研发投入强度), not a region.
            if (!scope.isEmpty() && !scope.equals("全社会")) s = s.substring(scope.length());
            return new Label(scope, s, unit);
        }

        private static boolean isUnit(String u) {
            return UNIT_WORD.matcher(u).matches();
        }
    }

    /**
     * A cleaned field's share of its row's digest: two independent hashes of its characters (FNV-1a,
     * then a polynomial) into {@code digest} at {@code column}.
     */
    static void hash(String text, long[] digest, int column) {
        long ha = 0xcbf29ce484222325L, hb = 1125899906842597L;
        for (int j = 0; j < text.length(); j++) {
            char c = text.charAt(j);
            ha = (ha ^ c) * 0x100000001b3L;
            hb = 31 * hb + c;
        }
        digest[2 * column] = ha;
        digest[2 * column + 1] = hb;
    }

    /**
     * The rows seen so far, by two independent 64-bit digests of their fields (a false "duplicate"
     * needs a 128-bit collision), with the line of each: open addressing over plain arrays, so a large
     * file costs 20 bytes a row here rather than a map entry, a key and a boxed line. Each digest
     * folds in its fields' hashes in order, so a field's hash can be computed once for many rows.
     */
    static final class RowDigests {
        private long[] a = new long[1024], b = new long[1024];
        private int[] lines = new int[1024];
        private int size;

        /** Records the row at {@code line}; returns the line of an earlier equal row, else -1. */
        int putIfAbsent(long[] hashes, int line) {
            long ha = 0, hb = 0;
            for (int i = 0; i < hashes.length; i += 2) {
                ha = (ha + hashes[i]) * 0x9E3779B97F4A7C15L;
                ha ^= ha >>> 32;
                hb = (hb + hashes[i + 1]) * 0xC2B2AE3D27D4EB4FL;
                hb ^= hb >>> 29;
            }
            if (2 * (size + 1) > lines.length) grow();
            int mask = lines.length - 1;
            for (int i = slot(ha, hb, mask); ; i = (i + 1) & mask) {
                if (lines[i] == 0) { // a free slot: lines are kept + 1
                    a[i] = ha;
                    b[i] = hb;
                    lines[i] = line + 1;
                    size++;
                    return -1;
                }
                if (a[i] == ha && b[i] == hb) return lines[i] - 1;
            }
        }

        private static int slot(long ha, long hb, int mask) {
            long h = ha ^ (hb >>> 32);
            return (int) (h ^ (h >>> 29)) & mask;
        }

        private void grow() {
            long[] oa = a, ob = b;
            int[] ol = lines;
            a = new long[ol.length * 2];
            b = new long[ol.length * 2];
            lines = new int[ol.length * 2];
            int mask = lines.length - 1;
            for (int j = 0; j < ol.length; j++) {
                if (ol[j] == 0) continue;
                int i = slot(oa[j], ob[j], mask);
                while (lines[i] != 0) i = (i + 1) & mask;
                a[i] = oa[j];
                b[i] = ob[j];
                lines[i] = ol[j];
            }
        }
    }
}
