package plancheck.engine;

import plancheck.model.Codes;

/** How serious a finding is; {@code OFF} switches a rule off. Ordered from most to least serious. */
public enum Severity {
    ERROR, WARNING, INFO, OFF;

    private static final Severity[] VALUES = values();
    private static final String[] CODES = Codes.of(VALUES);

    /** As written in settings and reports: {@code error}, {@code warning}, {@code info}, {@code off}. */
    public String code() {
        return CODES[ordinal()];
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

    /** A severity as written (error, warning, info, off; any case, spaces around), or null. */
    public static Severity parse(String text) {
        return Codes.parse(VALUES, CODES, text);
    }
}
