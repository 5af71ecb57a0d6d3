package plancheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import plancheck.engine.Severity;

/** The fast paths of number, level, kind and severity parsing give what the general paths give. */
class ParsingTest {
    /** Num.parse as it was before the fast path: the pattern, then Double.parseDouble. */
    private static Double reference(String text) {
        return Num.parseGeneral(text);
    }

    @Test
    void numbersParseAsBefore() {
        List<String> texts = List.of("0", "1110", "2.46", "-3.5", "+7", "-0", "0.0", "5.", ".5", ".", "-", "+", "",
                "１２３．５", "4万", "4.5亿", " 12 ", "1,110", "约1110", "N/A", "1e5", "1E-3", "1e300", "1e400",
                "0.1", "0.3", "123456789012345", "1234567890123456", "9007199254740993", "0.000000000000001",
                "12345678.9012345", "99999999999999.9", "1.2.3", "--1", "1-", "007", "3.14159265358979");
        for (String t : texts) assertEquals(reference(t), Num.parse(t), t);
        java.util.Random r = new java.util.Random(17);
        for (int i = 0; i < 100_000; i++) {
            String t = (r.nextBoolean() ? "-" : "") + r.nextInt(1_000_000) + "." + r.nextInt(1_000_000_000);
            assertEquals(reference(t), Num.parse(t), t);
            double d = r.nextDouble() * Math.pow(10, r.nextInt(12));
            t = Double.toString(d);
            assertEquals(reference(t), Num.parse(t), t);
        }
    }

    /** The constant whose lower-case name is the trimmed, lower-cased text: the general path. */
    private static <E extends Enum<E>> E reference(E[] values, String text) {
        if (text == null) return null;
        for (E e : values) if (e.name().toLowerCase(Locale.ROOT).equals(text.trim().toLowerCase(Locale.ROOT))) return e;
        return null;
    }

    @Test
    void levelsKindsAndSeveritiesParseAsBefore() {
        List<String> texts = java.util.Arrays.asList("city", "City", " district ", "PROVINCE", "county", "town", "",
                "c\u0130ty", "\u0130", "share", " Target", "goal", "baseline\t", "error", "Warning", " INFO ", "off",
                "none", "err", null);
        for (String t : texts) {
            assertEquals(reference(Level.values(), t), Level.parse(t), t);
            assertEquals(reference(Kind.values(), t), Kind.parse(t), t);
            assertEquals(reference(Severity.values(), t), Severity.parse(t), t);
        }
        assertEquals(Kind.SHARE, Kind.parse("share"));
        assertEquals(Kind.TARGET, Kind.parse(" Target"));
        assertEquals(null, Kind.parse("goal"));
        assertEquals(Severity.OFF, Severity.threshold(" None"), "none is a threshold, not a severity");
        assertEquals(null, Severity.parse("none"));
        assertEquals("district", Level.DISTRICT.code());
        assertEquals("baseline", Kind.BASELINE.code());
        assertEquals("warning", Severity.WARNING.code());
    }
}
