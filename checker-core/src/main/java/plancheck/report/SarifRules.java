package plancheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import plancheck.engine.RuleCatalogue;
import plancheck.engine.RuleInfo;
import plancheck.engine.RuleText;
import plancheck.engine.Severity;

/**
 * SARIF's {@code reportingDescriptor} of each rule, from its descriptor in the rule catalogue
 * (severity, precision, tags, name, description, example, fix). A user rule has no descriptor: it is
 * named by its id and described as the user's own.
 */
final class SarifRules {
    private SarifRules() {
    }

    static void describe(ArrayNode rules, String id, RuleCatalogue catalogue, Messages m) {
        RuleInfo info = catalogue.get(id).orElseGet(() -> RuleInfo.user(id));
        RuleText t = info.text(m.english());
        boolean described = t != null;
        String name = described ? t.name() : id;
        String description = described ? t.description() : m.text("sarif.userRule");
        ObjectNode rule = rules.addObject();
        rule.put("id", id);
        rule.put("name", readableId(id));
        rule.putObject("shortDescription").put("text", name);
        rule.putObject("fullDescription").put("text", description);
        rule.put("helpUri", helpUri(id, !info.user()));
        ObjectNode help = rule.putObject("help");
        if (described) {
            String example = m.text("rules.column.example"), fix = m.text("rules.column.fix");
            help.put("text", description + "\n" + example + ": " + t.example() + "\n" + fix + ": " + t.fix());
            help.put("markdown", "**" + name + "**: " + description + "\n\n" + example + ": " + t.example()
                    + "\n\n" + fix + ": " + t.fix());
        } else {
            help.put("text", description);
            help.put("markdown", description);
        }
        rule.putObject("defaultConfiguration").put("level", SarifReport.level(info.severity()));
        ObjectNode props = rule.putObject("properties");
        if (!info.precision().isEmpty()) props.put("precision", info.precision());
        props.put("problem.severity", problemSeverity(info.severity()));
        ArrayNode tags = props.putArray("tags");
        tags.add(ToolVersion.NAME);
        info.tags().forEach(tags::add);
        if (info.user()) tags.add(RuleInfo.USER);
    }

    /** The rule's row of the README's rule table on the project page; a user rule links to how to write one. */
    static String helpUri(String id, boolean builtIn) {
        return ToolVersion.home() + (builtIn ? "#" + RuleTable.anchor(id) : "#your-own-rules");
    }

    /** Code scanning's own grades: error, warning, recommendation. */
    static String problemSeverity(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, OFF -> "recommendation";
        };
    }

    /** A readable identifier that stays the same in every language: scope.label gives ScopeLabel. */
    static String readableId(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.isEmpty() ? "Rule" : b.toString();
    }
}
