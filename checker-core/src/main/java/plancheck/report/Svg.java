package plancheck.report;

import java.util.Locale;
import plancheck.engine.Severity;

/** Shared drawing bits of the report's inline SVG: coordinates and the severity colours. */
final class Svg {
    private Svg() {
    }

    /**
     * Coordinates with one decimal, in a fixed locale, so that reports are byte-identical everywhere:
     * what {@code String.format(Locale.ROOT, "%.1f", v)} gives (a corpus's page draws some 500,000
     * coordinates, and the formatter was a tenth of its writing). Away from a rounding tie,
     * {@code Math.round} of ten times a coordinate of this size is exact; near one, the formatter
     * decides.
     */
    static String n(double v) {
        double tenfold = v * 10;
        if (Math.abs(v) < 1e6 && Math.abs(Math.abs(tenfold - Math.floor(tenfold)) - 0.5) > 1e-6) {
            long q = Math.abs(Math.round(tenfold));
            // The formatter keeps the sign of what rounds to zero (-0.04 gives -0.0).
            return (Math.copySign(1, v) < 0 ? "-" : "") + q / 10 + "." + q % 10;
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Each severity's colour, dark enough for white text on it and for it as text on white (WCAG AA, 4.5:1). */
    static String colour(Severity s) {
        return switch (s) {
            case ERROR -> "#c62828";
            case WARNING -> "#b34700";
            default -> "#1565c0";
        };
    }

    static final String INK = "#455a64";
    static final String MUTED = "#90a4ae";
}
