package plancheck.model;

/** What a figure states: a goal, an achieved value, or a percentage of the parent region's total. */
public enum Kind {
    TARGET, BASELINE, SHARE;

    private static final Kind[] VALUES = values();
    private static final String[] CODES = Codes.of(VALUES);

    /** As written in CSV and JSON: {@code target}, {@code baseline}, {@code share}. */
    public String code() {
        return CODES[ordinal()];
    }

    /** Parses the CSV/JSON spelling; null when unknown. */
    public static Kind parse(String text) {
        return Codes.parse(VALUES, CODES, text);
    }
}
