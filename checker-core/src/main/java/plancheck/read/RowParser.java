package plancheck.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
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
    private final Map<RowDigest, Integer> seen = new HashMap<>();
    /** One copy of each repeated text (region, plan id, indicator, unit ...): a large file repeats them per row. */
    private final Map<String, String> pool = new HashMap<>();
    private final Map<String, Label> labels = new HashMap<>();
    private int rejected;

    /** What a duplicate is called in messages: a CSV "row", a JSON "figure". */
    private final String unitWord;

    RowParser(String file, String unitWord) {
        this.file = file;
        this.unitWord = unitWord;
    }

    /** Parses one row; {@code raw} answers a column's text (null or "" when absent). */
    void row(int line, Function<String, String> raw) {
        // Each field cleaned once (full-width to ASCII, trimmed, repeated texts pooled); the
        // duplicate check and the field checks then see the same values.
        String[] fields = new String[FIELDS.size()];
        for (int i = 0; i < fields.length; i++) {
            String c = FIELDS.get(i);
            String v = raw.apply(c);
            v = v == null ? "" : Num.toAscii(v).strip();
            fields[i] = POOLED.contains(c) ? pooled(v) : v;
        }
        // The same figure twice would report every finding about it twice.
        Integer earlier = seen.putIfAbsent(RowDigest.of(fields.length, i -> fields[i]), line);
        String problem = earlier != null ? "duplicate " + unitWord + ": the same as line " + earlier
                : check(line, c -> fields[INDEX.get(c)]);
        if (problem != null) {
            errors.add(new InputError(file, line, 0, problem));
            rejected++;
        }
    }

    /** Every column a row may have: the contract's, and the optional plan title. */
    private static final List<String> FIELDS = java.util.stream.Stream.concat(Columns.ALL.stream(),
            java.util.stream.Stream.of(Columns.TITLE)).toList();
    private static final Map<String, Integer> INDEX = java.util.stream.IntStream.range(0, FIELDS.size()).boxed()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(FIELDS::get, i -> i));

    private String check(int line, Function<String, String> get) {
        for (String c : Columns.REQUIRED) {
            if (!c.equals(Columns.VALUE) && get.apply(c).isEmpty()) return "column '" + c + "' is empty";
        }
        Level level = Level.parse(get.apply(Columns.LEVEL));
        if (level == null) {
            return "unknown level '" + get.apply(Columns.LEVEL) + "' (expected province, city, district or county)";
        }
        Kind kind = Kind.parse(get.apply(Columns.KIND));
        if (kind == null) return "unknown kind '" + get.apply(Columns.KIND) + "' (expected target, baseline or share)";
        Integer start = year(get.apply(Columns.PERIOD_START));
        if (start == null) return "period_start '" + get.apply(Columns.PERIOD_START) + "' is not a year";
        Integer end = year(get.apply(Columns.PERIOD_END));
        if (end == null) return "period_end '" + get.apply(Columns.PERIOD_END) + "' is not a year";
        if (end < start) return "period_end " + end + " is before period_start " + start;
        Integer year = year(get.apply(Columns.YEAR));
        if (year == null) return "year '" + get.apply(Columns.YEAR) + "' is not a year";
        String valueText = get.apply(Columns.VALUE);
        Double value = null;
        if (!valueText.isEmpty()) {
            value = Num.parse(valueText);
            if (value == null) return "value '" + valueText + "' is not a number" + hint(valueText);
            // No plan counts or spends 10^15 of anything: such a value is a slip (an exponent, a pasted id).
            if (Math.abs(value) >= 1e15) return "value '" + valueText + "' is too large for a plan figure";
        }
        String sourceLine = get.apply(Columns.SOURCE_LINE);
        int srcLine = 0;
        if (!sourceLine.isEmpty()) {
            if (!DIGITS.matcher(sourceLine).matches()) return "source_line '" + sourceLine + "' is not a line number";
            srcLine = Integer.parseInt(sourceLine);
        }

        Plan plan = new Plan(get.apply(Columns.PLAN_ID), get.apply(Columns.REGION), level, get.apply(Columns.PARENT),
                start, end, get.apply(Columns.TITLE), file);
        Plan seen = plans.putIfAbsent(plan.planId(), plan);
        if (seen != null && !samePlan(seen, plan)) {
            return "plan '" + plan.planId() + "' is described differently than on an earlier row"
                    + " (region, level, parent and period must agree)";
        }

        String indicator = get.apply(Columns.INDICATOR);
        String unit = get.apply(Columns.UNIT);
        String scope = get.apply(Columns.SCOPE_LABEL);
        Label label = labels.computeIfAbsent(indicator, Label::split);
        if (scope.isEmpty()) scope = label.scope();
        if (unit.isEmpty()) unit = label.unit();
        if (kind == Kind.SHARE && !unit.isEmpty() && !unit.equals("%")) {
            return "a share is a percentage: unit must be '%', not '" + unit + "'";
        }
        String sourceFile = get.apply(Columns.SOURCE_FILE);
        Source source = sourceFile.isEmpty()
                ? new Source(file, line, 0, get.apply(Columns.QUOTE))
                : new Source(sourceFile, srcLine, 0, get.apply(Columns.QUOTE));
        figures.add(new Figure(0, plan.planId(), plan.region(), level, plan.parent(), label.indicator(),
                label.indicator(), false, false, null, unit, scope, kind, year, value, null,
                get.apply(Columns.QUALIFIER), source));
        return null;
    }

    private static boolean samePlan(Plan a, Plan b) {
        return a.region().equals(b.region()) && a.level() == b.level() && a.parent().equals(b.parent())
                && a.periodStart() == b.periodStart() && a.periodEnd() == b.periodEnd();
    }

    private static String hint(String text) {
        if (text.matches("[\\d,]+(\\.\\d+)?")) return " (write it without thousands separators)";
        if (text.matches(".*\\d.*")) return " (write the number alone; put words such as 约 or 以上 in 'qualifier')";
        return " (leave it empty when the document left the number blank)";
    }

    static Integer year(String text) {
        if (text == null || text.length() != 4) return null;
        int y = 0;
        for (int i = 0; i < 4; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return null;
            y = y * 10 + (c - '0');
        }
        return y >= 1900 && y <= 2200 ? y : null;
    }

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{1,9}");
    private static final java.util.regex.Pattern UNIT_SUFFIX = java.util.regex.Pattern.compile("[（(]([^（()）]{1,4})[）)]$");
    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile("％|[万亿]?(" + plancheck.model.Units.WORDS + ")");

    private static final java.util.Set<String> POOLED = java.util.Set.of(Columns.PLAN_ID, Columns.REGION,
            Columns.PARENT, Columns.INDICATOR, Columns.SCOPE_LABEL, Columns.UNIT, Columns.QUALIFIER,
            Columns.SOURCE_FILE, Columns.TITLE);

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
            return UNIT.matcher(u).matches();
        }
    }

    /** Two independent 64-bit hashes of a row's fields: a false "duplicate" needs a 128-bit collision. */
    private record RowDigest(long a, long b) {
        static RowDigest of(int size, java.util.function.IntFunction<String> field) {
            long a = 0xcbf29ce484222325L, b = 1125899906842597L;
            for (int i = 0; i < size; i++) {
                String f = field.apply(i);
                if (f == null) f = "";
                for (int j = 0; j < f.length(); j++) {
                    char c = f.charAt(j);
                    a = (a ^ c) * 0x100000001b3L;
                    b = 31 * b + c;
                }
                a = (a ^ 0x1F) * 0x100000001b3L; // field separator, so "a,bc" and "ab,c" differ
                b = 31 * b + 0x1F;
                b ^= b >>> 29;
            }
            return new RowDigest(a, b * 0x9E3779B97F4A7C15L);
        }
    }
}
