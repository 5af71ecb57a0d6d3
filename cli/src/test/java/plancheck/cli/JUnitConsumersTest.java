package plancheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The JUnit report as Jenkins takes it: valid against the xunit plugin's {@code junit-10.xsd}, checked
 * by xmllint (libxml2-utils, which .ci/run installs; without it this test fails) and by the JDK's
 * validator; findings at or above --fail-on are failures, those below leave their case passing; the
 * counts are those of the elements.
 */
class JUnitConsumersTest {
    private static final Path XSD = Path.of("cli", "src", "test", "resources", "schemas", "junit-10.xsd");

    @TempDir
    Path dir;

    private Path report(String name, String... args) {
        Path out = dir.resolve(name + ".xml");
        String[] all = new String[args.length + 5];
        System.arraycopy(new String[] {"check", "--format", "junit", "-o", out.toString()}, 0, all, 0, 5);
        System.arraycopy(args, 0, all, 5, args.length);
        Cli run = Cli.run(all);
        assertTrue(Files.exists(out), run.err());
        return out;
    }

    @Test
    void jenkinsSchemaAcceptsEveryReport() throws Exception {
        List<Path> reports = List.of(report("seeds", "seeds/data/001_hebei-2020-2022.csv", "seeds/data/002_binhai-2021-2025.csv", "seeds/data/003_jinnan-2021-2025.csv", "seeds/reference"),
                report("warning", "--fail-on", "warning", "--lang", "en", "seeds/documents/001_daa27daca99d145a.txt", "seeds/documents/002_eb5fe5a3b1811268.txt", "seeds/documents/003_18d7a4ec9416ec41.txt", "seeds/reference"),
                report("errors", "seeds/reference", dir.resolve("missing.csv").toString()));
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(XSD.toFile());
        for (Path r : reports) {
            schema.newValidator().validate(new StreamSource(r.toFile()));
            Process p = new ProcessBuilder(xmllint(), "--noout", "--schema", XSD.toString(), r.toString())
                    .redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes());
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), r + ": " + said);
            assertTrue(said.contains("validates"), said);
        }
    }

    private static String xmllint() {
        for (String dirName : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path p = Path.of(dirName, "xmllint");
            if (Files.isExecutable(p)) return p.toString();
        }
        throw new AssertionError("no xmllint: install it with 'apt-get install -y libxml2-utils' (.ci/run does)");
    }

    @Test
    void failOnDecidesWhatFailsAndTheCountsAreTheElements() throws Exception {
        Document atError = parse(report("error", "--lang", "en", "seeds/documents/001_daa27daca99d145a.txt", "seeds/documents/002_eb5fe5a3b1811268.txt", "seeds/documents/003_18d7a4ec9416ec41.txt", "seeds/reference"));
        Document atWarning = parse(report("warning", "--lang", "en", "--fail-on", "warning", "seeds/documents/001_daa27daca99d145a.txt", "seeds/documents/002_eb5fe5a3b1811268.txt", "seeds/documents/003_18d7a4ec9416ec41.txt", "seeds/reference"));
        List<Element> atErrorFailing = failures(atError);
        assertEquals(1, atErrorFailing.size(), "the plan's two scope.label errors in one case");
        assertEquals("2 errors", atErrorFailing.get(0).getAttribute("message"));
        List<Element> failing = failures(atWarning);
        assertEquals(2, failing.size(), "and now the binhai plan's aggregate.share warnings");
        Element share = failing.stream().filter(f -> f.getAttribute("type").equals("aggregate.share")).findFirst().orElseThrow();
        assertEquals("2 findings at or above warning", share.getAttribute("message"));
        assertTrue(elements(atError.getDocumentElement(), "system-out").stream()
                .anyMatch(o -> o.getTextContent().contains("aggregate.share")), "below --fail-on: passing, in system-out");
        for (Document d : List.of(atError, atWarning)) {
            Element root = d.getDocumentElement();
            assertEquals("", root.getAttribute("skipped"), "Jenkins' schema has no skipped on testsuites");
            assertEquals(String.valueOf(elements(root, "testcase").size()), root.getAttribute("tests"));
            assertEquals(String.valueOf(elements(root, "failure").size()), root.getAttribute("failures"));
            assertEquals(String.valueOf(elements(root, "error").size()), root.getAttribute("errors"));
            for (Element suite : elements(root, "testsuite")) {
                assertEquals(String.valueOf(elements(suite, "testcase").size()), suite.getAttribute("tests"));
                assertEquals(String.valueOf(elements(suite, "failure").size()), suite.getAttribute("failures"));
            }
        }
    }

    private static List<Element> failures(Document d) {
        return elements(d.getDocumentElement(), "failure");
    }

    private static Document parse(Path p) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(p.toFile());
    }

    private static List<Element> elements(Element e, String name) {
        NodeList nl = e.getElementsByTagName(name);
        return java.util.stream.IntStream.range(0, nl.getLength()).mapToObj(i -> (Element) nl.item(i)).toList();
    }
}
