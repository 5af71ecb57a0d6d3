package plancheck.model;

import java.util.Locale;

/** What a figure states: a goal, an achieved value, or a percentage of the parent region's total. */
public enum Kind {
    TARGET, BASELINE, SHARE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Kind parse(String text) {
        if (text == null) return null;
        for (Kind k : values()) {
            if (k.code().equals(text.trim().toLowerCase(Locale.ROOT))) return k;
        }
        return null;
    }
}
