package plancheck.report;

import plancheck.engine.RuleCatalogue;
import plancheck.engine.RuleInfo;
import plancheck.engine.RuleText;

/** The rule catalogue as a Markdown table (what {@code plancheck rules --format markdown} prints). */
public final class RuleTable {
    private RuleTable() {
    }

    /** One row per rule with a descriptor, its texts in the language of {@code m}. */
    public static String markdown(RuleCatalogue catalogue, Messages m) {
        StringBuilder b = new StringBuilder();
        b.append("| ").append(cell(m.text("rules.column.id"))).append(" | ").append(cell(m.text("rules.column.severity")))
                .append(" | ").append(cell(m.text("rules.column.checks"))).append(" | ")
                .append(cell(m.text("rules.column.example"))).append(" | ").append(cell(m.text("rules.column.fix")))
                .append(" |\n|---|---|---|---|---|\n");
        for (RuleInfo r : catalogue.all()) {
            RuleText t = r.text(m.english());
            if (t == null) continue;
            b.append("| <a id=\"").append(anchor(r.id())).append("\"></a>`").append(r.id()).append("` | ").append(r.severity().code())
                    .append(" | **").append(cell(t.name())).append("**: ").append(cell(t.description()))
                    .append(" | ").append(cell(t.example())).append(" | ").append(cell(t.fix())).append(" |\n");
        }
        return b.toString();
    }

    /** The HTML anchor of a rule's row, which SARIF's helpUri links to on the project page. */
    public static String anchor(String ruleId) {
        return "rule-" + ruleId;
    }

    /** Pipes would end the cell and line breaks the row. */
    private static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", " ");
    }
}
