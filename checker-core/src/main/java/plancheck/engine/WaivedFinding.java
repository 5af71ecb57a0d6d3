package plancheck.engine;

/** A finding a waiver covers, with that waiver, so that reports can say why it did not count. */
public record WaivedFinding(Finding finding, Waiver waiver) {
}
