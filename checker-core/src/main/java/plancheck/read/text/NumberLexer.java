package plancheck.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plancheck.model.Vocabulary;
import plancheck.read.Unclassified;

/**
 * Finds the numbers of one line (already in ASCII digits) and sorts them: quantities with a unit,
 * blanks, numbers that are part of the text's structure (dates, years, list numbers, document
 * numbers, names such as 5G) and are skipped, and the rest, which no one may silently drop.
 */
final class NumberLexer {
    /** Units a quantity may carry, longest first; 万/亿 before them multiply unless the unit is money. */
    static final String UNIT = plancheck.model.Units.WORDS;
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Vocabulary WORDS = Vocabulary.standard();
    private static final String AFTER_NUMBER = "(" + WORDS.alternation("after-number") + ")?";
    private static final Pattern AFTER = Pattern.compile(
            "^(" + WORDS.alternation("approx-after") + ")?\\s?(万亿|[万亿])?(" + UNIT + ")?" + AFTER_NUMBER);
    /**
     * The words that put a target before its number, longest first where one contains another: the
     * sentence reader splits on them, and the blank finder looks for one followed by a gap.
     */
    static final String VERB = WORDS.alternation("verbs");
    private static final Pattern BLANK = Pattern.compile("(" + VERB + ")([ \\t]+)([万亿])?(" + UNIT + ")" + AFTER_NUMBER);
    /** An index's name right before a number, perhaps with a verb: "两化融合指数达到88" has no unit to give. */
    private static final Pattern UNITLESS = Pattern.compile("(?:" + WORDS.alternation("unitless") + ")\\s*(?:" + VERB + ")?\\s*$");

    /** A number that is neither structure nor a quantity this reader understood. */
    record Stray(int start, int end, String text, Unclassified.Reason reason) {
    }

    record Lexed(List<Quantity> quantities, List<Stray> strays) {
    }

    private NumberLexer() {
    }

    static Lexed lex(String line) {
        List<Quantity> out = new ArrayList<>();
        List<Stray> strays = new ArrayList<>();
        Matcher m = NUMBER.matcher(line);
        while (m.find()) {
            int s = m.start(), e = m.end();
            if (structural(line, s, e)) continue;
            if (e < line.length() - 1 && "-~".indexOf(line.charAt(e)) >= 0 && Character.isDigit(line.charAt(e + 1))) {
                Matcher second = NUMBER.matcher(line);
                second.find(e + 1);
                Matcher a = AFTER.matcher(line.substring(second.end()));
                a.find();
                int end = second.end() + a.end();
                strays.add(new Stray(s, end, line.substring(s, end), Unclassified.Reason.RANGE));
                m.region(end, line.length());
                continue;
            }
            Matcher a = AFTER.matcher(line.substring(e));
            a.find();
            String approx = a.group(1) == null ? "" : a.group(1);
            String mult = a.group(2) == null ? "" : a.group(2);
            String unit = a.group(3) == null ? "" : a.group(3);
            String suffix = a.group(4) == null ? "" : a.group(4);
            int end = e + a.end();
            if (unit.isEmpty() && mult.isEmpty() && !UNITLESS.matcher(line.substring(Math.max(0, s - 12), s)).find()) {
                strays.add(new Stray(s, e, m.group(), Unclassified.Reason.NO_UNIT));
                continue;
            }
            double v = Double.parseDouble(m.group());
            if (unit.equals("元") && mult.equals("万亿")) {
                // 2.2万亿元: reckoned in 亿元, as amounts of that size are.
                v = v * 1e4;
                unit = "亿元";
            } else if (unit.equals("元")) {
                unit = mult + unit;
            } else if (!mult.isEmpty()) {
                v = plancheck.model.Num.parse(m.group() + mult); // 万/亿 as Num reads them everywhere
            }
            if (unit.equals("㎡")) unit = "平方米";
            if (s > 0 && line.charAt(s - 1) == '近') approx = "近";
            out.add(new Quantity(s, end, v, unit, line.substring(s, end), approx, suffix));
        }
        Matcher b = BLANK.matcher(line);
        while (b.find()) {
            String mult = b.group(3) == null ? "" : b.group(3);
            String unit = b.group(4).equals("元") ? mult + "元" : b.group(4);
            out.add(new Quantity(b.start(2), b.end(), null, unit, b.group().substring(b.group(1).length()).strip(),
                    "", b.group(5) == null ? "" : b.group(5)));
        }
        out.sort(java.util.Comparator.comparingInt(Quantity::start));
        return new Lexed(out, strays);
    }

    /** A date or a time written with digits only: 2021-10-09, 2021/10/9, 10:23. */
    private static final Pattern DATE_TIME = Pattern.compile("(19|20)\\d\\d([-/.])\\d{1,2}\\2\\d{1,2}|\\d{1,2}:\\d{2}(:\\d{2})?");
    /** A table's or figure's number in its caption: 表1, 附表2, 续表3, 图4. */
    private static final Pattern CAPTION_NUMBER = Pattern.compile("(^|[附续见如\\s：:（(])[表图]\\s*$");

    /** Dates, years, year ranges, list and document numbers, and names with digits (5G, P3, CO2, 3.0版). */
    static boolean structural(String line, int s, int e) {
        char before = s > 0 ? line.charAt(s - 1) : ' ';
        char after = e < line.length() ? line.charAt(e) : ' ';
        if (inDateOrTime(line, s, e)) return true;
        if (e - s <= 2 && CAPTION_NUMBER.matcher(line.substring(Math.max(0, s - 4), s)).find()) return true;
        if (isAsciiLetter(before) || isAsciiLetter(after) || before == '+' || after == '+') return true;
        if ("年月日号版".indexOf(after) >= 0) return true;
        if (e - s == 4 && line.startsWith("年", nextNonSpace(line, e))) return true;
        boolean year = e - s == 4 && (line.startsWith("19", s) || line.startsWith("20", s));
        if (year && ("-—–~至到".indexOf(after) >= 0 || "-—–~至到".indexOf(before) >= 0 && yearBefore(line, s - 1))) return true;
        if (before == '〔' || before == '[' || ("(（".indexOf(before) >= 0 && ")）".indexOf(after) >= 0)) return true;
        if (line.substring(0, s).isBlank() && ".、)）".indexOf(after) >= 0) return true;
        if (line.startsWith("专栏", Math.max(0, s - 2)) || before == '第') return true;
        return false;
    }

    private static boolean inDateOrTime(String line, int s, int e) {
        int a = s, b = e;
        while (a > 0 && "0123456789-/.:".indexOf(line.charAt(a - 1)) >= 0) a--;
        while (b < line.length() && "0123456789-/.:".indexOf(line.charAt(b)) >= 0) b++;
        if (a == s && b == e) return false;
        Matcher m = DATE_TIME.matcher(line.substring(a, b));
        while (m.find()) if (a + m.start() <= s && a + m.end() >= e) return true;
        return false;
    }

    /** Whether a year ends right before {@code dash} ("2023—2025": the second is a year too, with or without 年). */
    private static boolean yearBefore(String line, int dash) {
        return dash >= 4 && line.substring(dash - 4, dash).matches("(19|20)\\d\\d");
    }

    private static int nextNonSpace(String line, int i) {
        while (i < line.length() && line.charAt(i) == ' ') i++;
        return i;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
