package plancheck.engine;

import java.util.List;
import plancheck.model.Source;

/**
 * One inconsistency. The message is not stored as text: {@code args} fill the rule's message
 * template from the message bundles, so every report can print it in the reader's language.
 *
 * @param indicator the indicator's catalogue key (or its words as written when unknown)
 * @param year      the year the finding is about, or null
 * @param related   other places the finding involves (the other figure of a disagreement ...)
 */
public record Finding(String ruleId, Severity severity, String planId, String region, String indicator,
                      Integer year, Source source, List<String> args, List<Source> related) {
    public Finding {
        args = List.copyOf(args);
        related = List.copyOf(related);
        planId = planId == null ? "" : planId;
        region = region == null ? "" : region;
        indicator = indicator == null ? "" : indicator;
    }

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, s, planId, region, indicator, year, source, args, related);
    }
}
