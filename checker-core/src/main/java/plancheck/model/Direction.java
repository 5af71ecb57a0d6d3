package plancheck.model;

/** Which way an indicator should move over time for the plan to make sense. */
public enum Direction {
    UP, DOWN, NONE
}
