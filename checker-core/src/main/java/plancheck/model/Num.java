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
