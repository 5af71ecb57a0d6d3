package plancheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import plancheck.engine.Severity;

/**
 * Numbers, levels, kinds and severities parse to what the contract says: numbers against values
 * written down here and, for random decimals, against the JDK's correctly rounded BigDecimal
 * (not against Num's own general path, which its fast path falls back to).
 */
class ParsingTest {
    @Test
    void numbersParseToTheirValues() {
        Object[][] cases = {{"0", 0.0}, {"1110", 1110.0}, {"2.46", 2.46}, {"-3.5", -3.5}, {"+7", 7.0}, {"-0", -0.0},
            {"0.0", 0.0}, {"5.", 5.0}, {".5", 0.5}, {".", null}, {"-", null}, {"+", null}, {"", null},
            {"１２３．５", 123.5}, {"4万", 40000.0}, {"4.5亿", 4.5e8}, {" 12 ", 12.0}, {"1,110", null}, {"约1110", null},
            {"N/A", null}, {"1e5", 1e5}, {"1E-3", 0.001}, {"1e300", 1e300}, {"1e400", null}, {"0.1", 0.1}, {"0.3", 0.3},
            {"123456789012345", 123456789012345.0}, {"1234567890123456", 1234567890123456.0},
            {"9007199254740993", 9007199254740992.0}, {"0.000000000000001", 1e-15}, {"12345678.9012345", 12345678.9012345},
            {"99999999999999.9", 99999999999999.9}, {"1.2.3", null}, {"--1", null}, {"1-", null}, {"007", 7.0},
            {"3.14159265358979", 3.14159265358979}};
        for (Object[] c : cases) assertEquals((Double) c[1], Num.parse((String) c[0]), (String) c[0]);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Num.parse("-0")), "the sign of -0 is kept");
        java.util.Random r = new java.util.Random(17);
        for (int i = 0; i < 100_000; i++) {
            String t = (r.nextBoolean() ? "-" : "") + r.nextInt(1_000_000) + "." + r.nextInt(1_000_000_000);
            assertEquals(new java.math.BigDecimal(t).doubleValue(), Num.parse(t), t);
            t = Double.toString(r.nextDouble() * Math.pow(10, r.nextInt(12)));
            assertEquals(new java.math.BigDecimal(t).doubleValue(), Num.parse(t), t);
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
