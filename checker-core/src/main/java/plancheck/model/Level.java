package plancheck.model;

import java.util.Locale;

/** Administrative level of the region a plan belongs to. */
public enum Level {
    PROVINCE, CITY, DISTRICT, COUNTY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the CSV/JSON spelling ({@code city}, {@code district}, ...); null when unknown. */
    public static Level parse(String text) {
        if (text == null) return null;
        for (Level l : values()) {
            if (l.code().equals(text.trim().toLowerCase(Locale.ROOT))) return l;
        }
        return null;
    }
}
