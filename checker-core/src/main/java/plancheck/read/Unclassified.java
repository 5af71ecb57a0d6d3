package plancheck.read;

import plancheck.model.Source;

/** A number a document reader found but did not understand as a target, baseline or share. */
public record Unclassified(String text, String reason, Source source) {
}
