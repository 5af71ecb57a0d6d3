package plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast coordinate format writes exactly what the formatter writes, ties and signs included. */
class SvgTest {
    private static void same(double v) {
        assertEquals(String.format(Locale.ROOT, "%.1f", v), Svg.n(v), () -> "for " + v);
    }

    @Test
    void coordinatesAreWrittenAsTheFormatterWritesThem() {
        for (double v : new double[] {0, -0.0, 0.05, 0.15, 0.25, 0.45, 1.45, 2.675, 299.95, -0.04, -0.05, -1.25,
                1e-9, -1e-9, -0.0499999999, 0.0499999999, 999_999.95, 1e6, 3e7 + 0.05, Double.MIN_VALUE}) {
            same(v);
        }
        Random rnd = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            same(rnd.nextDouble() * 420);
            same(Math.round(rnd.nextDouble() * 42_000) / 100.0);
            same(Math.round(rnd.nextDouble() * 4_200) / 20.0 - 10);
            same((rnd.nextDouble() - 0.5) * 2e7);
        }
    }
}
