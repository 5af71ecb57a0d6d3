package plancheck.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import plancheck.model.Qualifier;

/** How two stated values compare, qualifiers and rounding included: every rule that compares asks this. */
class CompareTest {
    @Test
    void belowIsStrictlyLessOrEqualUnderAStricterPromise() {
        assertTrue(Compare.below(1, Qualifier.REACH, 2, Qualifier.REACH));
        assertFalse(Compare.below(2, Qualifier.REACH, 2, Qualifier.REACH), "equal is not below");
        assertFalse(Compare.below(3, Qualifier.REACH, 2, Qualifier.REACH));
        // 突破2 (strictly more than 2) then 达到2: the later promise is below the earlier one.
        assertTrue(Compare.below(2, Qualifier.REACH, 2, Qualifier.EXCEED));
        assertTrue(Compare.below(2, Qualifier.AT_LEAST, 2, Qualifier.EXCEED));
        assertFalse(Compare.below(2, Qualifier.EXCEED, 2, Qualifier.EXCEED));
        assertFalse(Compare.below(2, Qualifier.EXCEED, 2, Qualifier.REACH));
        assertTrue(Compare.below(1, Qualifier.EXCEED, 2, Qualifier.REACH), "a lower number is below whatever the words");
    }

    @Test
    void roundingIsNotADifference() {
        double third = 1.0 / 3 * 3;
        assertFalse(Compare.below(third, Qualifier.REACH, 1, Qualifier.REACH));
        assertFalse(Compare.differ(0.1 + 0.2, 0.3));
        assertTrue(Compare.differ(2.35, 2.36));
        assertFalse(Compare.below(1e12 - 1e-4, Qualifier.REACH, 1e12, Qualifier.REACH), "relative to the size of the numbers");
        assertTrue(Compare.below(1e12 - 1e4, Qualifier.REACH, 1e12, Qualifier.REACH));
        assertFalse(Compare.below(1e12 - 100, Qualifier.REACH, 1e12, Qualifier.REACH), "within a billionth of the larger");
        assertTrue(Compare.below(1 - 1e-6, Qualifier.REACH, 1, Qualifier.REACH), "small numbers: an absolute 1e-9");
    }

    @Test
    void notAboveLetsEqualAndNearlyEqualThrough() {
        assertTrue(Compare.notAbove(2, 2));
        assertTrue(Compare.notAbove(1, 2));
        assertTrue(Compare.notAbove(0.1 + 0.2, 0.3));
        assertFalse(Compare.notAbove(3, 2));
        assertFalse(Compare.notAbove(2.0001, 2));
    }
}
