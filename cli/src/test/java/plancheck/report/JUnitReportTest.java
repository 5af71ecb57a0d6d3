package plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import plancheck.CheckResult;
import plancheck.engine.Finding;
import plancheck.engine.RuleCatalogue;
import plancheck.engine.Severity;
import plancheck.model.Level;
import plancheck.model.Plan;
import plancheck.model.Source;
import plancheck.read.InputError;
import plancheck.read.PlanData;

/** The seeds' JUnit XML parsed back: suites per file, cases per rule and plan, one failure each. */
class JUnitReportTest {
    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nl = e.getElementsByTagName(name);
        for (int i = 0; i < nl.getLength(); i++) out.add((Element) nl.item(i));
        return out;
    }

    private static Element testcase(Element suite, String classname) {
        return children(suite, "testcase").stream().filter(t -> t.getAttribute("classname").equals(classname))
                .findFirst().orElseThrow();
    }

    @Test
    void oneSuitePerFileOneCasePerRuleAndPlan() throws Exception {
        Document doc = parse(Seeds.render(new JUnitReport(), Seeds.check(), "zh"));
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        List<Element> suites = children(root, "testsuite");
        assertEquals(4, suites.size());
        int rules = RuleCatalogue.standard().all().size();
        int failures = 0;
        for (Element s : suites) {
            List<Element> cases = children(s, "testcase");
            assertEquals(rules, cases.size(), "one case per rule for the file's one plan");
            assertEquals(String.valueOf(cases.size()), s.getAttribute("tests"));
            long failed = cases.stream().filter(c -> !children(c, "failure").isEmpty()).count();
            assertEquals(String.valueOf(failed), s.getAttribute("failures"));
            failures += failed;
            for (Element c : cases) {
                assertTrue(RuleCatalogue.standard().get(c.getAttribute("classname")).isPresent());
                assertTrue(children(c, "failure").size() <= 1, "Jenkins keeps one failure per case");
            }
        }
        assertEquals(String.valueOf(failures), root.getAttribute("failures"));

        Element hebei = suites.get(0);
        assertTrue(hebei.getAttribute("name").endsWith("seeds/data/001_hebei-2020-2022.csv"));
        Element scope = testcase(hebei, "scope.label");
        assertEquals("hebei-2020-2022", scope.getAttribute("name"));
        String failure = children(scope, "failure").get(0).getTextContent();
        assertTrue(failure.contains("001_daa27daca99d145a.txt:86:") && failure.contains("001_daa27daca99d145a.txt:116:"),
                "both scope.label errors of the plan in its one failure: " + failure);

        Element binhai = suites.get(1);
        Element share = testcase(binhai, "aggregate.share");
        assertTrue(children(share, "failure").isEmpty(), "warnings are no failure");
        String out = children(share, "system-out").get(0).getTextContent();
        assertTrue(out.contains("3553") && out.contains("385.5"), out);
    }

    @Test
    void escapesWhatXmlCannotHoldAsIs() throws Exception {
        Plan plan = new Plan("p<1>", "区&\"x\"", Level.DISTRICT, "市", 2020, 2022, "", "a.csv");
        Finding f = new Finding("scope.label", Severity.ERROR, "p<1>", "区&\"x\"", "invention-patents", 2020,
                new Source("a.csv", 2, 0, "<b>全市 & \u0007</b>"), List.of("district", "全市", "区&\"x\""), List.of());
        PlanData data = new PlanData("a.csv", List.of(plan), List.of(), List.of(), 0, List.of());
        CheckResult r = new CheckResult(List.of(data), List.of(plan), List.of(), List.of(f),
                List.of(new InputError("b.csv", 3, 0, "bad <row>")));
        Document doc = parse(Seeds.render(new JUnitReport(), r, "en"));
        Element scope = testcase((Element) doc.getElementsByTagName("testsuite").item(0), "scope.label");
        assertEquals("p<1>", scope.getAttribute("name"));
        String failure = children(scope, "failure").get(0).getTextContent();
        assertTrue(failure.contains("<b>全市 & \uFFFD</b>"), failure);
        assertTrue(failure.contains("区&\"x\""), failure);
        Element input = (Element) doc.getElementsByTagName("error").item(0);
        assertEquals("bad <row>", input.getAttribute("message"));
        assertEquals("1", doc.getDocumentElement().getAttribute("errors"));
    }

    @Test
    void twoRunsGiveTheSameBytes() {
        assertEquals(Seeds.render(new JUnitReport(), Seeds.check(), "zh"), Seeds.render(new JUnitReport(), Seeds.check(), "zh"));
    }
}
