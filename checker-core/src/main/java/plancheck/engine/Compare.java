package plancheck.engine;

import plancheck.model.Figure;
import plancheck.model.Qualifier;

/**
 * Comparisons that respect qualifiers: "突破 125" promises more than "达到 125", so a later
 * "达到 125" after an earlier "突破 125" is a step down although the numbers are equal.
 */
public final class Compare {
    private Compare() {
    }

    /** Whether the value {@code a} (meant as {@code qa}) is below {@code b} (meant as {@code qb}). */
    public static boolean below(double a, Qualifier qa, double b, Qualifier qb) {
        if (a < b) return !nearlyEqual(a, b);
        return nearlyEqual(a, b) && qb.strict() && !qa.strict();
    }

    public static boolean below(Figure a, Figure b) {
        return below(a.value(), a.qualifier(), b.value(), b.qualifier());
    }

    /**
     * Whether the numbers alone let {@code a} be {@link #below} {@code b} whatever the qualifiers:
     * {@code a} is not above {@code b}. Series offer only such pairs to the rules that compare them.
     */
    public static boolean notAbove(double a, double b) {
        return a <= b || nearlyEqual(a, b);
    }

    public static boolean differ(double a, double b) {
        return !nearlyEqual(a, b);
    }

    static boolean nearlyEqual(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
