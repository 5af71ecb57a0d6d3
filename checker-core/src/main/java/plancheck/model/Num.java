package plancheck.model;

import java.math.BigDecimal;

/** Number parsing and printing shared by readers and reports. */
public final class Num {
    private Num() {
    }

    /** Full-width digits, signs and separators (１２３．５％) become their ASCII forms. */
    public static String toAscii(String s) {
        if (s == null) return null;
        int k = 0;
        while (k < s.length() && !wide(s.charAt(k))) k++;
        if (k == s.length()) return s; // the common case: nothing to change, no copy
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') b.append((char) (c - 0xFEE0));
            else if (c == '\u3000') b.append(' ');
            else b.append(c);
        }
        return b.toString();
    }

    private static boolean wide(char c) {
        return (c >= '\uFF01' && c <= '\uFF5E') || c == '\u3000';
    }

    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /**
     * A plain decimal number, optionally followed by 万 or 亿 ("4万" = 40000). Returns null when the
     * text is not such a number (thousands separators, words like 约, N/A are not numbers).
     */
    public static Double parse(String text) {
        if (text == null) return null;
        double plain = plainDecimal(text);
        if (plain == plain) return plain; // not NaN: the text was a short plain decimal
        return parseGeneral(text);
    }

    /** Any number {@link #parse} accepts, by the pattern: the reading the fast path must agree with. */
    private static Double parseGeneral(String text) {
        String s = toAscii(text).trim();
        double factor = 1;
        if (s.endsWith("万")) {
            factor = 1e4;
            s = s.substring(0, s.length() - 1).trim();
        } else if (s.endsWith("亿")) {
            factor = 1e8;
            s = s.substring(0, s.length() - 1).trim();
        }
        if (!DECIMAL.matcher(s).matches()) return null;
        double v = Double.parseDouble(s) * factor;
        return Double.isFinite(v) ? v : null;
    }

    private static final double[] POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
            1e13, 1e14, 1e15};

    /**
     * {@code [+-]?digits[.digits]} of at most 15 digits, as {@link Double#parseDouble} reads it; NaN
     * for any other text (the regex path decides those). Below 2^53 both the digits as an integer
     * and the power of ten are exact doubles, so one division rounds exactly as parseDouble does.
     */
    static double plainDecimal(String s) {
        int n = s.length(), i = 0;
        if (n == 0) return Double.NaN;
        char first = s.charAt(0);
        boolean negative = first == '-';
        if (negative || first == '+') i++;
        long digits = 0;
        int count = 0, fraction = -1;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++count > 15) return Double.NaN;
                digits = digits * 10 + (c - '0');
                if (fraction >= 0) fraction++;
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Double.NaN;
            }
        }
        if (count == 0) return Double.NaN;
        double v = fraction > 0 ? digits / POWERS[fraction] : digits;
        return negative ? -v : v;
    }

    /** Shortest plain form: 1110 not 1110.0, 1.3 not 1.30, no exponent. */
    public static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        return d.toPlainString();
    }

    /** One decimal place at most, for derived quantities such as implied totals and shares. */
    public static String fmt1(double v) {
        return fmt(Math.round(v * 10) / 10.0);
    }
}
