package plancheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import plancheck.CheckResult;
import plancheck.engine.Finding;
import plancheck.engine.Severity;
import plancheck.model.Plan;
import plancheck.read.InputError;
import plancheck.read.PlanData;

/**
 * JUnit XML as Jenkins' {@code junit-10.xsd} accepts it, so that CI servers list plan checks beside
 * unit tests: one testsuite per checked file, one testcase per rule and plan ({@code classname} =
 * rule id, {@code name} = plan id) holding a single {@code <failure>} with every finding of that rule
 * in that plan at or above the fail-on severity (Jenkins keeps one failure per testcase); the
 * findings below it leave the case passing, their text in {@code <system-out>}. Input errors are
 * {@code <error>} cases. The counts are those of the elements written. No timestamps or host names,
 * so runs compare byte for byte.
 */
public final class JUnitReport implements ReportWriter {
    static final String INPUT_CLASS = "plancheck.input";

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public String extension() {
        return "xml";
    }

    /** One testcase before it is written. */
    private record Case(String classname, String name, List<Finding> failing, List<Finding> passing, InputError inputError) {
    }

    @Override
    public void write(CheckResult r, ReportOptions o, Writer out) throws IOException {
        Messages m = o.messages().with(r.catalogue());
        List<String> ruleIds = r.ruleIds();
        Map<String, List<Case>> suites = new LinkedHashMap<>();
        // Findings grouped once by plan and rule: one pass, however many plans and rules.
        Map<String, List<Finding>> byPlanRule = new java.util.HashMap<>();
        for (Finding f : r.findings()) {
            byPlanRule.computeIfAbsent(f.planId() + '\u0000' + f.ruleId(), k -> new ArrayList<>()).add(f);
        }
        for (PlanData d : r.inputs()) {
            List<Case> cases = suites.computeIfAbsent(d.file(), k -> new ArrayList<>());
            for (Plan p : d.plans()) {
                for (String id : ruleIds) cases.add(testcase(byPlanRule, id, p.planId(), o.failOn()));
            }
        }
        // Findings about a plan no input file holds (should not happen, but must not be lost).
        for (String planId : r.planIdsNotRead()) {
            List<Case> cases = suites.computeIfAbsent(ToolVersion.NAME, k -> new ArrayList<>());
            for (String id : ruleIds) cases.add(testcase(byPlanRule, id, planId, o.failOn()));
        }
        for (InputError e : r.errors()) {
            suites.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(new Case(INPUT_CLASS, e.file(), List.of(), List.of(), e));
        }
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", ToolVersion.NAME);
            counts(x, suites.values().stream().flatMap(List::stream).toList(), false);
            for (Map.Entry<String, List<Case>> s : suites.entrySet()) {
                x.writeCharacters("\n  ");
                x.writeStartElement("testsuite");
                x.writeAttribute("name", clean(s.getKey()));
                counts(x, s.getValue(), true);
                for (Case c : s.getValue()) testcase(x, c, m, o.failOn());
                x.writeCharacters("\n  ");
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    private static Case testcase(Map<String, List<Finding>> byPlanRule, String ruleId, String planId, Severity failOn) {
        List<Finding> failing = new ArrayList<>(), passing = new ArrayList<>();
        for (Finding f : byPlanRule.getOrDefault(planId + '\u0000' + ruleId, List.of())) {
            (failOn != Severity.OFF && f.severity().atLeast(failOn) ? failing : passing).add(f);
        }
        return new Case(ruleId, planId, failing, passing, null);
    }

    /** The counts of the cases written; {@code skipped} only on a testsuite, the one element that has it. */
    private static void counts(XMLStreamWriter x, List<Case> cases, boolean suite) throws XMLStreamException {
        x.writeAttribute("tests", String.valueOf(cases.size()));
        x.writeAttribute("failures", String.valueOf(cases.stream().filter(c -> !c.failing().isEmpty()).count()));
        x.writeAttribute("errors", String.valueOf(cases.stream().filter(c -> c.inputError() != null).count()));
        if (suite) x.writeAttribute("skipped", "0");
        x.writeAttribute("time", "0");
    }

    private static void testcase(XMLStreamWriter x, Case c, Messages m, Severity failOn) throws XMLStreamException {
        x.writeCharacters("\n    ");
        boolean empty = c.failing().isEmpty() && c.passing().isEmpty() && c.inputError() == null;
        if (empty) x.writeEmptyElement("testcase");
        else x.writeStartElement("testcase");
        x.writeAttribute("classname", clean(c.classname()));
        x.writeAttribute("name", clean(c.name()));
        x.writeAttribute("time", "0");
        if (empty) return;
        if (c.inputError() != null) {
            x.writeCharacters("\n      ");
            x.writeStartElement("error");
            x.writeAttribute("message", clean(c.inputError().message(m)));
            x.writeAttribute("type", INPUT_CLASS);
            x.writeCharacters(clean(c.inputError().line(m)));
            x.writeEndElement();
        }
        if (!c.failing().isEmpty()) {
            x.writeCharacters("\n      ");
            x.writeStartElement("failure");
            x.writeAttribute("message", clean(failOn == Severity.ERROR ? m.format("junit.failures", c.failing().size())
                    : m.format("junit.failuresAtLeast", c.failing().size(), m.text("severity." + failOn.code()))));
            x.writeAttribute("type", clean(c.classname()));
            x.writeCharacters(clean(lines(c.failing(), m)));
            x.writeEndElement();
        }
        if (!c.passing().isEmpty()) {
            x.writeCharacters("\n      ");
            x.writeStartElement("system-out");
            x.writeCharacters(clean(lines(c.passing(), m)));
            x.writeEndElement();
        }
        x.writeCharacters("\n    ");
        x.writeEndElement();
    }

    private static String lines(List<Finding> findings, Messages m) {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            b.append(TextReport.line(f, m)).append('\n');
            if (!f.source().quote().isEmpty()) b.append("    ").append(f.source().quote()).append('\n');
        }
        return b.toString();
    }

    /** Characters XML 1.0 cannot hold at all (control characters) become U+FFFD. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000;
            b.appendCodePoint(ok ? c : 0xFFFD);
        });
        return b.toString();
    }
}
