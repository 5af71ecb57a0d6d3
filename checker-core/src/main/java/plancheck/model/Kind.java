package plancheck.model;

import java.util.Locale;

/** What a figure states: a goal, an achieved value, or a percentage of the parent region's total. */
public enum Kind {
    TARGET, BASELINE, SHARE;

    private static final Kind[] VALUES = values();
    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    public static Kind parse(String text) {
        if (text == null) return null;
        // Rows nearly always spell it exactly: compare before trimming and lowering (a copy each).
        for (Kind k : VALUES) {
            if (k.code.equals(text)) return k;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Kind k : VALUES) {
            if (k.code.equals(t)) return k;
        }
        return null;
    }
}
