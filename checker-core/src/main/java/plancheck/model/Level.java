package plancheck.model;

import java.util.Locale;

/** Administrative level of the region a plan belongs to. */
public enum Level {
    PROVINCE, CITY, DISTRICT, COUNTY;

    private static final Level[] VALUES = values();
    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    /** Parses the CSV/JSON spelling ({@code city}, {@code district}, ...); null when unknown. */
    public static Level parse(String text) {
        if (text == null) return null;
        // Rows nearly always spell it exactly: compare before trimming and lowering (a copy each).
        for (Level l : VALUES) {
            if (l.code.equals(text)) return l;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Level l : VALUES) {
            if (l.code.equals(t)) return l;
        }
        return null;
    }
}
