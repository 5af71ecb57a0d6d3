package plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.engine.Finding;
import plancheck.engine.Settings;
import plancheck.model.Figure;
import plancheck.model.Kind;
import plancheck.model.Level;
import plancheck.model.Plan;
import plancheck.model.Source;
import plancheck.read.PlanData;

/** A series with a dip, a blank year and a table that disagrees with the body, through the real rules. */
class LineChartTest {
    @Test
    void highlightsTheDipTheBlankAndBothSidesOfADisagreement() {
        Plan p = new Plan("p", "甲区", Level.DISTRICT, "市", 2020, 2023, "", "p.csv");
        List<Figure> figs = new ArrayList<>();
        figs.add(fig(p, 2020, 1000.0, 10));
        figs.add(fig(p, 2021, 980.0, 11));   // dips below 2020
        figs.add(fig(p, 2022, 1110.0, 12));
        figs.add(fig(p, 2022, 1100.0, 3));   // the body says otherwise
        figs.add(fig(p, 2023, null, 13));    // left blank
        CheckResult r = new Checker(Settings.defaults()).check(
                List.of(new PlanData("p.csv", List.of(p), figs, List.of(), 0, List.of())), List.of());
        List<String> rules = r.findings().stream().map(Finding::ruleId).sorted().toList();
        assertEquals(List.of("series.monotonic", "table.body-mismatch", "target.blank"), rules);

        String html = Seeds.render(new HtmlReport(), r, "zh");
        String chart = HtmlReportTest.between(html, "<svg class=\"chart\"", "</svg>");
        // The segment 2020 → 2021 is the dip; the others are plain.
        assertEquals(1, count(chart, "class=\"hit seg sev-error\""), chart);
        assertTrue(chart.contains("<line x1=\"26.0\" y1=\"") && chart.contains("class=\"hit seg sev-error\" stroke=\"#c62828\""));
        // 2021's point, both 2022 values and the blank 2023 are marked; 2020 is marked as the dip's other end.
        assertEquals(4, count(chart, "class=\"hit pt sev-error target\""), chart);
        assertEquals(1, count(chart, "class=\"hit pt sev-error blank\""), chart);
        assertTrue(chart.contains(">1100</text>") && chart.contains(">1110</text>"));
    }

    private static Figure fig(Plan p, int year, Double value, int line) {
        return new Figure(0, p.planId(), p.region(), p.level(), p.parent(), "有效发明专利", "有效发明专利", false, false,
                null, "件", "区内", Kind.TARGET, year, value, null, "", new Source("doc.txt", line, 0, "line " + line));
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }
}
