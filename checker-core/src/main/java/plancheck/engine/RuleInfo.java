package plancheck.engine;

/**
 * A rule's metadata as the catalogue states it: stable id, default severity, and the DRL file
 * (family) it lives in. Texts (name, description, message, example, fix) are in the message bundles.
 */
public record RuleInfo(String id, Severity severity, String family) {
}
