package plancheck.report;

import java.util.Locale;
import plancheck.engine.Severity;

/** Shared drawing bits of the report's inline SVG: coordinates and the severity colours. */
final class Svg {
    private Svg() {
    }

    /** Coordinates with one decimal, in a fixed locale, so that reports are byte-identical everywhere. */
    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String colour(Severity s) {
        return switch (s) {
            case ERROR -> "#c62828";
            case WARNING -> "#e65100";
            default -> "#1565c0";
        };
    }

    static final String INK = "#455a64";
    static final String MUTED = "#90a4ae";
}
