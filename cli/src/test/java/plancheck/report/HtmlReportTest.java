package plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.engine.Settings;
import plancheck.model.Figure;
import plancheck.model.Kind;
import plancheck.model.Level;
import plancheck.model.Plan;
import plancheck.model.Source;
import plancheck.read.PlanData;

/** The HTML report as text: self-contained, deterministic, marks and charts where the findings are. */
class HtmlReportTest {
    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }

    @Test
    void loadsNothingFromElsewhere() {
        String html = Seeds.render(new HtmlReport(), Seeds.check(), "zh");
        assertFalse(html.contains("<script"), "no script at all");
        assertFalse(html.contains("<link"), "no style sheets or fonts from files");
        assertFalse(html.contains("@import") || html.contains("url("), "no fonts or images from elsewhere");
        assertFalse(Pattern.compile("(src|href)=\"(?!#)").matcher(html).find(), "links stay inside the page");
        // The only URL is the SVG namespace, which is never fetched.
        Matcher m = Pattern.compile("https?://[^\"]*").matcher(html);
        while (m.find()) assertEquals("http://www.w3.org/2000/svg", m.group());
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    }

    @Test
    void twoRunsGiveTheSameBytes() {
        assertEquals(Seeds.render(new HtmlReport(), Seeds.check(), "zh"), Seeds.render(new HtmlReport(), Seeds.check(), "zh"));
    }

    @Test
    void marksTheCellsAndPointsTheFindingsTouch() {
        String html = Seeds.render(new HtmlReport(), Seeds.check(), "zh");
        assertEquals(4, count(html, "<li id=\"f"), "one entry per finding");
        // scope.label at line 86 is 河北区's 2020 patent target: its cell, and its point in the chart.
        assertTrue(html.contains("<td class=\"num hit hit-error\" title=\"[1] 数据标为“全市”"), "cell marked with the message");
        assertTrue(html.contains("<blockquote>1000</blockquote>"), "the quoted source");
        String chart = between(html, "data-plan=\"hebei-2020-2022\" data-indicator=\"invention-patents\"", "</svg>");
        assertEquals(1, count(chart, "class=\"hit pt sev-error target\""), chart);
        // The share warnings mark 滨海新区's share and count and the city target they compare with.
        assertEquals(2, count(html, "class=\"mark sev-warning r8 related\""));
        assertTrue(html.contains("<td class=\"num hit hit-warning\""));
    }

    @Test
    void drawsAChartPerIndicatorWithTwoYearsAndABarPerCityTarget() {
        String html = Seeds.render(new HtmlReport(), Seeds.check(), "zh");
        // 河北区's annex table: 7 yearly series; the others: indicators with a baseline and a later target.
        assertEquals(7, count(html, "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"150\" viewBox=\"0 0 300 150\" role=\"img\" data-plan=\"hebei-2020-2022\""));
        assertEquals(expectedCharts(Seeds.check()), count(html, "<svg class=\"chart\""));
        // 河北区's 2022 targets against 天津市's: patents, high-tech, 雏鹰, 瞪羚, leading, contracts.
        assertEquals(6, count(html, "<svg class=\"bar\""));
        assertTrue(html.contains("data-indicator=\"invention-patents\" data-year=\"2022\" data-percent=\"2.8\""));
    }

    @Test
    void marksLanguagesHeadersLandmarkAndChartNames() {
        String en = Seeds.render(new HtmlReport(), Seeds.check(), "en");
        String zh = Seeds.render(new HtmlReport(), Seeds.check(), "zh");
        // Chinese names in the English page, Latin-script words in the Chinese one.
        assertTrue(en.contains("<h2><span lang=\"zh\">河北区</span> <small>"), "a region");
        assertTrue(en.contains("<td><span lang=\"zh\">件</span></td>"), "a unit");
        assertFalse(en.contains("<code class=\"rule\" lang="), "English in the English page is not marked");
        assertTrue(zh.contains("<code class=\"rule\" lang=\"en\">scope.label</code>"), "a rule id");
        assertFalse(zh.contains("lang=\"zh\""), "Chinese in the Chinese page is not marked");
        for (String html : List.of(en, zh)) {
            assertEquals(1, count(html, "<main>"));
            assertEquals(0, count(html, "<th>"), "every header cell says what it heads");
            assertEquals(count(html, "<th "), count(html, "<th scope=\"col\"") + count(html, "<th scope=\"row\""));
            assertEquals(count(html, "<svg class=\"bar"), count(html, "role=\"img\" aria-label=\""), "every bar is named");
            assertEquals(count(html, "<svg class=\"chart\""), count(html, "role=\"img\" data-plan=\""));
            assertEquals(count(html, "class=\"scroll\""), count(html, "class=\"scroll\" tabindex=\"0\" aria-label=\""));
        }
        assertTrue(en.contains("aria-label=\"valid invention patents 2022: the districts&#39; targets add up to 1110, 2.8 % of 天津市&#39;s target of 40000 件\""), en);
    }

    @Test
    void districtsAboveTheCityAreDrawnInTheErrorColour() {
        Plan city = new Plan("c", "市", Level.CITY, "", 2021, 2025, "", "c.csv");
        Plan a = new Plan("a", "甲区", Level.DISTRICT, "市", 2021, 2025, "", "a.csv");
        Plan b = new Plan("b", "乙区", Level.DISTRICT, "市", 2021, 2025, "", "b.csv");
        List<Figure> figs = List.of(fig(0, city, 100), fig(1, a, 70), fig(2, b, 50));
        CheckResult r = new Checker(Settings.defaults()).check(List.of(
                new PlanData("c.csv", List.of(city), List.of(figs.get(0)), List.of(), 0, List.of()),
                new PlanData("a.csv", List.of(a), List.of(figs.get(1)), List.of(), 0, List.of()),
                new PlanData("b.csv", List.of(b), List.of(figs.get(2)), List.of(), 0, List.of())), List.of());
        String html = Seeds.render(new HtmlReport(), r, "en");
        assertTrue(html.contains("<svg class=\"bar over\""), html);
        assertTrue(html.contains("data-percent=\"120\""));
        assertTrue(html.contains("<rect class=\"overflow\""));
        assertTrue(html.contains("fill=\"#c62828\""));
        assertTrue(html.contains("<tr class=\"over\">"));
        // The rule agrees: the districts' sum is above the city's target, and the bar row links to it.
        assertEquals(1, r.findings().size());
        assertTrue(between(html, "<section id=\"districts\">", "</section>").contains("href=\"#f1\""));
        assertTrue(html.contains("<h2>District targets against the city&#39;s</h2>"), "English with --lang en");
    }

    @Test
    void aCheckOverTheDetailLimitShowsOnlyWhatTheFindingsTouch() {
        CheckResult r = Seeds.check();
        String full = Seeds.render(new HtmlReport(), r, "en");
        String digest = Seeds.render(new HtmlReport(10), r, "en");
        assertEquals(full, Seeds.render(new HtmlReport(r.figures().size()), r, "en"), "at the limit: in full");
        assertFalse(full.contains("<p class=\"digest\">"));
        assertTrue(digest.contains("<p class=\"digest\">This check holds " + r.figures().size() + " figures, more than 10,"), digest);

        // Plans with findings, and the plans of the figures they point at (the city a district sum exceeds).
        Set<String> withFindings = r.findings().stream().map(f -> f.planId()).collect(Collectors.toCollection(java.util.HashSet::new));
        r.findings().forEach(f -> f.related().forEach(s -> r.figures().stream()
                .filter(g -> g.source().equals(s) && g.indicator().equals(f.indicator())).forEach(g -> withFindings.add(g.planId()))));
        List<String> clean = r.plans().stream().map(p -> p.planId()).filter(id -> !withFindings.contains(id)).toList();
        assertFalse(clean.isEmpty(), "the seeds have plans without findings");
        assertEquals(r.plans().size() - clean.size(), count(digest, "<section class=\"plan\""), "a section per plan with findings");
        String cleanTable = between(digest, "<section id=\"clean-plans\">", "</section>");
        assertEquals(clean.size(), count(cleanTable, "<tr><td>"), "a row per plan without findings");
        for (String id : clean) assertTrue(cleanTable.contains("<code>" + id + "</code>"), id);

        // Every finding is still listed and marked, each once; charts only for indicators a finding touches.
        assertEquals(r.findings().size(), count(digest, "<li id=\"f"));
        assertEquals(count(full, "class=\"mark "), count(digest, "class=\"mark "), "the same marks");
        Matcher chart = Pattern.compile("data-plan=\"([^\"]*)\" data-indicator=\"([^\"]*)\"").matcher(digest);
        int charts = 0;
        while (chart.find()) {
            String plan = chart.group(1), indicator = chart.group(2);
            if (digest.substring(chart.start() - 200, chart.start()).contains("<svg class=\"bar")) continue;
            charts++;
            assertTrue(r.findings().stream().anyMatch(f -> f.indicator().equals(indicator)
                    && (f.planId().equals(plan) || f.related().stream().anyMatch(s -> r.figures().stream()
                            .anyMatch(g -> g.planId().equals(plan) && g.source().equals(s))))), plan + " " + indicator);
        }
        assertTrue(charts > 0 && charts < count(full, "<svg class=\"chart\""), charts + " charts");
        assertTrue(count(digest, "<svg class=\"bar\"") < count(full, "<svg class=\"bar\""), "only the bars with findings");
    }

    @Test
    void escapesWhatTheInputSays() {
        Plan p = new Plan("x", "<script>alert(1)</script>", Level.DISTRICT, "市", 2021, 2025, "", "x.csv");
        Figure f = new Figure(0, "x", p.region(), Level.DISTRICT, "市", "有效发明专利", "有效发明专利", false, false, null, "件",
                "", Kind.TARGET, 2025, 5.0, null, "", new Source("x.csv", 2, 0, "\"quoted\" & <b>"));
        CheckResult r = new CheckResult(List.of(new PlanData("x.csv", List.of(p), List.of(f), List.of(), 0, List.of())),
                List.of(p), List.of(f), List.of(), List.of());
        String html = Seeds.render(new HtmlReport(), r, "zh");
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    /** Plans and indicators with baselines or targets in two or more years. */
    static long expectedCharts(CheckResult r) {
        return r.figures().stream().filter(f -> f.kind() != Kind.SHARE)
                .collect(java.util.stream.Collectors.groupingBy(f -> f.planId() + "\u0000" + f.indicator(),
                        java.util.stream.Collectors.mapping(Figure::year, java.util.stream.Collectors.toSet())))
                .values().stream().filter(years -> years.size() >= 2).count();
    }

    private static Figure fig(int id, Plan p, double v) {
        return new Figure(id, p.planId(), p.region(), p.level(), p.parent(), "高新技术企业", "高新技术企业", false, false,
                null, "家", "", Kind.TARGET, 2025, v, null, "", new Source(p.file(), 2, 0, "高新技术企业" + (long) v + "家"));
    }

    static String between(String s, String from, String to) {
        int i = s.indexOf(from);
        assertTrue(i >= 0, "no " + from);
        return s.substring(i, s.indexOf(to, i));
    }
}
