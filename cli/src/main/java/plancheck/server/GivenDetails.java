package plancheck.server;

import java.util.Map;
import plancheck.config.ConfigException;
import plancheck.config.DocumentsSection;
import plancheck.read.document.GivenPlan;

/**
 * The details a reviewer types into the page's form (or a pipeline sends as fields) for documents
 * without a usable title: {@code region}, {@code level}, {@code parent}, {@code period} (2021-2025 or
 * “十四五”), read as {@code --region … --period …} are on the command line; they fill only what a
 * document's title leaves out.
 */
final class GivenDetails {
    private static final int MAX_FIELD = 50;
    private static final String ORIGIN = "form";

    private GivenDetails() {
    }

    static GivenPlan parse(Map<String, String> fields) throws Refusal {
        for (String name : new String[] {"region", "level", "parent", "period"}) {
            String v = fields.get(name);
            if (v != null && (v.length() > MAX_FIELD || v.chars().anyMatch(Character::isISOControl))) {
                throw new Refusal(400, "metadata", name);
            }
        }
        try {
            return DocumentsSection.plan(fields.get("region"), fields.get("level"), fields.get("parent"),
                    fields.get("period"), ORIGIN);
        } catch (ConfigException e) {
            throw new Refusal(400, "metadata", e.getMessage().replaceFirst("^" + ORIGIN + ": ", ""));
        }
    }
}
