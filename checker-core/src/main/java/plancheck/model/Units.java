package plancheck.model;

/** Converts between units that differ only by a 万/亿 multiplier (亿元 and 万元, 万件 and 件). */
public final class Units {
    private Units() {
    }

    /**
     * The unit words plancheck recognises after a number or in a label's brackets, as a regex
     * alternation (longest first); a 万/亿 multiplier may stand before any of them.
     */
    public static final String WORDS = "平方公里|平方米|㎡|英寸|元|家|件|个|项|人|支|台|所|座|名|条|次|倍|型|%";

    /**
     * How to convert values from one unit to another (none needed, none possible, or a factor), worked
     * out once for the many values a large input converts.
     */
    public static Conversion conversion(String from, String to) {
        String f = norm(from), t = norm(to);
        if (f.equals(t) || f.isEmpty() || t.isEmpty()) return new Conversion(true, true, 1, 1);
        if (!base(f).equals(base(t))) return new Conversion(false, false, 1, 1);
        return new Conversion(false, true, multiplier(f), multiplier(t));
    }

    /** A conversion between two units: none needed, none possible, or times one multiplier over another. */
    public record Conversion(boolean same, boolean possible, double fromMultiplier, double toMultiplier) {
        public Double apply(double value) {
            if (same) return value;
            return possible ? value * fromMultiplier / toMultiplier : null;
        }
    }

    private static String norm(String unit) {
        if (unit == null) return "";
        String u = Num.toAscii(unit).trim();
        return u.equals("％") ? "%" : u;
    }

    private static double multiplier(String u) {
        if (u.length() > 1 && u.startsWith("万")) return 1e4;
        if (u.length() > 1 && u.startsWith("亿")) return 1e8;
        return 1;
    }

    private static String base(String u) {
        return multiplier(u) == 1 ? u : u.substring(1);
    }
}
