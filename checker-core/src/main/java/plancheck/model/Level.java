package plancheck.model;

/** Administrative level of the region a plan belongs to. */
public enum Level {
    PROVINCE, CITY, DISTRICT, COUNTY;

    private static final Level[] VALUES = values();
    private static final String[] CODES = Codes.of(VALUES);

    /** As written in CSV and JSON: {@code city}, {@code district}, ... */
    public String code() {
        return CODES[ordinal()];
    }

    /** Parses the CSV/JSON spelling ({@code city}, {@code district}, ...); null when unknown. */
    public static Level parse(String text) {
        return Codes.parse(VALUES, CODES, text);
    }
}
