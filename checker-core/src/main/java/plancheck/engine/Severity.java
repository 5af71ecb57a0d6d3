package plancheck.engine;

import java.util.Locale;

/** How serious a finding is; {@code OFF} switches a rule off. Ordered from most to least serious. */
public enum Severity {
    ERROR, WARNING, INFO, OFF;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return this != OFF && ordinal() <= threshold.ordinal();
    }

    /**
     * A fail-on threshold as users write it (CLI --fail-on, plugin failOn): a severity, or off/none
     * for never failing; null when it is neither.
     */
    public static Severity threshold(String text) {
        return text != null && text.trim().equalsIgnoreCase("none") ? OFF : parse(text);
    }

    public static Severity parse(String text) {
        if (text == null) return null;
        for (Severity s : values()) if (s.code().equals(text.trim().toLowerCase(Locale.ROOT))) return s;
        return null;
    }
}
