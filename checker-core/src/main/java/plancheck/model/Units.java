package plancheck.model;

/** Converts between units that differ only by a 万/亿 multiplier (亿元 and 万元, 万件 and 件). */
public final class Units {
    private Units() {
    }

    /**
     * The unit words plancheck recognises after a number or in a label's brackets, as a regex
     * alternation (longest first); a 万/亿 multiplier may stand before any of them.
     */
    public static final String WORDS = Vocabulary.standard().alternation("units");

    /**
     * How to convert values from one unit to another (none needed, none possible, or a factor), worked
     * out once for the many values a large input converts.
     */
    public static Conversion conversion(String from, String to) {
        String f = norm(from), t = norm(to);
        if (f.equals(t) || f.isEmpty() || t.isEmpty()) return new Conversion(true, true, 1, 1);
        if (!count(base(f)).equals(count(base(t)))) return new Conversion(false, false, 1, 1);
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
        // "件/万人" is how a per-10,000 indicator writes its unit; the "per" is in its name.
        if (u.endsWith("/万人")) u = u.substring(0, u.length() - 3);
        return u.equals("％") ? "%" : u;
    }

    /**
     * Whether figures in this unit add up over regions: counts (家, 件, 个, 项, 人 …) and amounts (元)
     * do; percentages, per-capita figures (件/万人), person-years per … and indexes do not. For
     * indicators the catalogue does not know.
     */
    public static boolean additive(String unit) {
        String u = unit == null ? "" : Num.toAscii(unit).trim();
        if (u.isEmpty() || u.contains("/") || u.contains("%") || u.contains("％")) return false;
        return u.matches("[万亿千百]?(元|美元|家|件|个|项|人|名|所|座|台|支|套|户|部|篇|条|次|种|款|批|场|届|平方米|平方公里|公顷|亩|人年)");
    }

    /** 个, 所 and 座 count entities as 家 does: one platform is "1个" in one plan and "1家" in another. */
    private static String count(String base) {
        return base.equals("个") || base.equals("所") || base.equals("座") ? "家" : base;
    }

    private static double multiplier(String u) {
        if (u.length() > 2 && u.startsWith("万亿")) return 1e12;
        if (u.length() > 1 && u.startsWith("万")) return 1e4;
        if (u.length() > 1 && u.startsWith("亿")) return 1e8;
        return 1;
    }

    /**
     * The unit an indicator the catalogue does not know is reckoned in, so that a body's 1.2万人年 and
     * a table's 12000 人年 meet: amounts of money in 亿元, anything else without its 万/亿.
     */
    public static String canonical(String unit) {
        String u = norm(unit);
        if (u.isEmpty() || u.contains("%")) return unit == null ? "" : unit;
        if (u.endsWith("元") && !u.endsWith("美元")) return "亿元";
        return base(u);
    }

    private static String base(String u) {
        if (multiplier(u) == 1e12) return u.substring(2);
        return multiplier(u) == 1 ? u : u.substring(1);
    }
}
