package plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import plancheck.CheckResult;
import plancheck.engine.Finding;
import plancheck.engine.Severity;
import plancheck.model.Level;
import plancheck.model.Plan;
import plancheck.model.Source;
import plancheck.read.PlanData;

/** What CheckResult works out once for the reports and the plugin: counts per rule, findings of plans not read. */
class CheckResultTest {
    private static Finding finding(String rule, Severity s, String planId, int line) {
        return new Finding(rule, s, planId, "河北区", "invention-patents", 2022, new Source("a.csv", line, 0, "q"),
                List.of("district", "全市", "河北区"), List.of());
    }

    private static final Plan PLAN = new Plan("hebei", "河北区", Level.DISTRICT, "天津市", 2020, 2022, "", "a.csv");

    private static CheckResult result(List<Finding> findings) {
        PlanData data = new PlanData("a.csv", List.of(PLAN), List.of(), List.of(), 0, List.of());
        return new CheckResult(List.of(data), List.of(PLAN), List.of(), findings, List.of());
    }

    @Test
    void countsPerRuleAtOrAboveASeverity() {
        CheckResult r = result(List.of(finding("scope.label", Severity.ERROR, "hebei", 2),
                finding("aggregate.share", Severity.WARNING, "hebei", 3),
                finding("scope.label", Severity.ERROR, "hebei", 4),
                finding("indicator.unknown", Severity.INFO, "hebei", 5)));
        assertEquals(Map.of("scope.label", 2), r.countByRule(Severity.ERROR));
        assertEquals(List.of("aggregate.share", "scope.label"), List.copyOf(r.countByRule(Severity.WARNING).keySet()));
        assertEquals(List.of("aggregate.share", "indicator.unknown", "scope.label"),
                List.copyOf(r.countByRule(Severity.INFO).keySet()), "in order of rule id");
    }

    @Test
    void findingsOfAPlanNoInputHoldsAreListedApart() throws Exception {
        CheckResult r = result(List.of(finding("scope.label", Severity.ERROR, "ghost", 2),
                finding("scope.label", Severity.ERROR, "hebei", 3),
                finding("aggregate.share", Severity.WARNING, "ghost", 4),
                finding("scope.label", Severity.ERROR, "other", 5)));
        assertEquals(List.of("ghost", "other"), r.planIdsNotRead());
        assertEquals(List.of(), result(List.of(finding("scope.label", Severity.ERROR, "hebei", 2))).planIdsNotRead());

        String html = Seeds.render(new HtmlReport(), r, "en");
        String other = HtmlReportTest.between(html, "<section class=\"plan\" id=\"other\">", "</section>");
        for (String n : List.of("f1", "f3", "f4")) assertTrue(other.contains("<li id=\"" + n + "\""), n + ": " + other);
        assertTrue(!other.contains("<li id=\"f2\""), "hebei's finding stays with its plan: " + other);

        String xml = Seeds.render(new JUnitReport(), r, "en");
        assertTrue(xml.contains("<testsuite name=\"plancheck\""), xml);
        assertTrue(xml.contains("classname=\"scope.label\" name=\"ghost\""), xml);
        assertTrue(xml.contains("classname=\"scope.label\" name=\"other\""), xml);
    }
}
