package plancheck.read;

import plancheck.model.Source;

/** A number a document reader found but did not understand as a target, baseline or share. */
public record Unclassified(String text, String reason, Source source) {
    /** How reports and {@code extract} list it; the reasons are in English, so is the line. */
    public String line() {
        return source + ": unclassified \"" + text + "\": " + reason;
    }
}
