package plancheck.engine;

import java.util.List;

/**
 * A rule's metadata as the catalogue states it: stable id, default severity, the DRL file (family)
 * it lives in, how often a finding of it is right ({@code precision}: very-high, high, medium or low,
 * as SARIF and code-scanning views grade it; "" when unknown) and its tags. Texts (name, description,
 * message, example, fix) are in the message bundles.
 */
public record RuleInfo(String id, Severity severity, String family, String precision, List<String> tags) {
    /** The family user rules are put in: they have no texts in the bundles. */
    public static final String USER = "user";

    public RuleInfo {
        precision = precision == null ? "" : precision;
        tags = List.copyOf(tags);
    }

    /** A rule the catalogue grades no further, such as a user's own. */
    public RuleInfo(String id, Severity severity, String family) {
        this(id, severity, family, "", List.of());
    }

    public boolean user() {
        return USER.equals(family);
    }
}
