package plancheck.engine;

import java.util.List;

/**
 * A rule as its descriptor ({@code plancheck/rules/<id>/rule.json}) states it: stable id, default
 * severity, how often a finding of it is right ({@code precision}: very-high, high, medium or low, as
 * SARIF and code-scanning views grade it; "" when unknown), its tags and its texts in Chinese and
 * English. A user's rule ({@code user}) has them only from a descriptor beside its DRL file; without
 * one it has no texts and severity error.
 */
public record RuleInfo(String id, Severity severity, String precision, List<String> tags, RuleText zh, RuleText en,
                       boolean user) {
    /** The tag that marks a user's rule in reports. */
    public static final String USER = "user";

    public RuleInfo {
        precision = precision == null ? "" : precision;
        tags = List.copyOf(tags);
    }

    /** A rule of the user's, which the catalogue grades no further. */
    public static RuleInfo user(String id) {
        return new RuleInfo(id, Severity.ERROR, "", List.of(), null, null, true);
    }

    /** This rule as a user's own: described, but not one of plancheck's. */
    public RuleInfo asUsers() {
        return new RuleInfo(id, severity, precision, tags, zh, en, true);
    }

    /** The texts in English or Chinese; null for a rule without a descriptor. */
    public RuleText text(boolean english) {
        return english && en != null ? en : zh;
    }
}
