package plancheck.model;

import java.util.Locale;

/**
 * The lower-case codes enums are written as in files and settings ({@code city}, {@code target},
 * {@code error}): each constant's name in lower case, read back one way for {@link Level},
 * {@link Kind} and {@code Severity}.
 */
public final class Codes {
    private Codes() {
    }

    /** The code of each constant, in the order of {@code values}. */
    public static String[] of(Enum<?>[] values) {
        String[] codes = new String[values.length];
        for (int i = 0; i < values.length; i++) codes[i] = values[i].name().toLowerCase(Locale.ROOT);
        return codes;
    }

    /**
     * The constant whose code is {@code text}, ignoring case and surrounding spaces; null when none
     * is (or {@code text} is null). {@code codes} is {@link #of(Enum[]) of(values)}.
     */
    public static <E> E parse(E[] values, String[] codes, String text) {
        if (text == null) return null;
        // Rows nearly always spell it exactly: compare before trimming and lowering (a copy each).
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].equals(text)) return values[i];
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].equals(t)) return values[i];
        }
        return null;
    }
}
