package plancheck.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan's years as written: "2021—2025", "（2022-2024年）", or a five-year period named ("十四五" =
 * 2021–2025, from the vocabulary's {@code [five-year-periods]}). One reading for titles, settings
 * files and command-line flags.
 */
public final class Periods {
    /** Two years joined by a dash or 至/到, anywhere in the text. */
    public static final Pattern YEARS = Pattern.compile("((?:19|20)\\d\\d)\\s*年?\\s*[—\\-–~至到－]+\\s*((?:19|20)\\d\\d)");

    private Periods() {
    }

    /** The first year of the five-year period {@code text} names, or null. */
    public static Integer fiveYearStart(String text) {
        for (var e : Vocabulary.standard().pairs("five-year-periods").entrySet()) {
            if (text.contains(e.getKey())) return Integer.parseInt(e.getValue());
        }
        return null;
    }

    /** {start, end} of the years {@code text} names (two years, else a five-year period), or null. */
    public static int[] of(String text) {
        Matcher y = YEARS.matcher(text);
        if (y.find()) return new int[] {Integer.parseInt(y.group(1)), Integer.parseInt(y.group(2))};
        Integer five = fiveYearStart(text);
        return five == null ? null : new int[] {five, five + 4};
    }
}
