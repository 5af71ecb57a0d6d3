package plancheck.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.engine.Settings;
import plancheck.model.Source;
import plancheck.read.office.FormatsTest;
import plancheck.read.office.WordBody;
import plancheck.report.Messages;

/**
 * The seeds' .docx and PDF annotated with their findings (checked with the city's plan): re-read
 * with POI and PDFBox, one comment or highlight per finding and place, on the quoted text; the
 * input file unchanged.
 */
class AnnotateTest {
    private static final Path SEEDS = Path.of("seeds", "documents");
    private static final Path REFERENCE = Path.of("seeds", "reference");
    private static final Path DIR = Path.of("cli", "target", "annotate");

    static Stream<String> seeds() throws IOException {
        try (Stream<Path> s = Files.list(SEEDS)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> FormatsTest.TITLED_FINAL.matcher(n).matches()).sorted().toList().stream();
        }
    }

    /** The finding places in {@code doc}, as the annotator must mark them. */
    private static List<Source> places(CheckResult r, Path doc) {
        List<Source> out = new ArrayList<>();
        String name = Checker.display(doc);
        r.findings().forEach(f -> {
            if (f.source().file().equals(name)) out.add(f.source());
            f.related().stream().filter(s -> s.file().equals(name)).forEach(out::add);
        });
        return out;
    }

    /** A seed written as {@code format}, checked with the city's plan and annotated: the places to mark and the output. */
    record Annotated(List<Source> places, Path out) {
    }

    private static Annotated annotate(String seed, String format, String lang) throws Exception {
        Path doc = FormatsTest.write(SEEDS.resolve(seed), format, DIR.resolve(seed));
        byte[] before = Files.readAllBytes(doc);
        CheckResult r = new Checker(Settings.defaults()).check(List.of(doc, REFERENCE));
        List<Source> places = places(r, doc);
        Path out = DIR.resolve(seed + ".annotated." + format);
        assertEquals(places.size(), Annotator.annotate(doc, r, Messages.of(lang), out), "one mark per finding and place");
        assertArrayEquals(before, Files.readAllBytes(doc), "the input is never written");
        return new Annotated(places, out);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void docxGetsOneCommentPerFindingOnItsText(String seed) throws Exception {
        Annotated a = annotate(seed, "docx", "en");
        List<Source> places = a.places();
        Path out = a.out();
        try (InputStream in = Files.newInputStream(out); XWPFDocument annotated = new XWPFDocument(in)) {
            List<XWPFComment> comments = annotated.getDocComments() == null ? List.of() : List.of(annotated.getComments());
            assertEquals(places.size(), comments.size());
            Map<String, String> anchored = anchoredText(annotated);
            for (int i = 0; i < comments.size(); i++) {
                XWPFComment c = comments.get(i);
                assertEquals(Annotator.AUTHOR, c.getAuthor());
                assertTrue(c.getText().matches("(?s).+ \\[[a-z.-]+\\].*"), c::getText);
                String quote = places.get(i).quote();
                assertEquals(quote, anchored.get(c.getId()), "comment " + c.getId() + " on its figure's text");
            }
        }
    }

    /** The text between each comment's range start and end, read back from the paragraphs' XML. */
    static Map<String, String> anchoredText(XWPFDocument doc) {
        Map<String, String> out = new HashMap<>();
        for (XWPFParagraph p : WordBody.paragraphs(doc)) {
            Map<String, StringBuilder> open = new LinkedHashMap<>();
            try (XmlCursor c = p.getCTP().newCursor()) {
                c.toFirstChild();
                do {
                    String name = c.getName().getLocalPart();
                    String id = c.getAttributeText(new javax.xml.namespace.QName(
                            "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "id"));
                    if (name.equals("commentRangeStart")) open.put(id, new StringBuilder());
                    else if (name.equals("commentRangeEnd")) out.put(id, open.remove(id).toString());
                    else if (name.equals("r")) {
                        String t = textOf(c);
                        open.values().forEach(b -> b.append(t));
                    }
                } while (c.toNextSibling());
            }
        }
        return out;
    }

    private static String textOf(XmlCursor r) {
        StringBuilder b = new StringBuilder();
        try (XmlCursor c = r.newCursor()) {
            if (c.toFirstChild()) {
                do {
                    if (c.getName().getLocalPart().equals("t")) b.append(c.getTextValue());
                } while (c.toNextSibling());
            }
        }
        return b.toString();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void pdfGetsOneHighlightPerFindingWithItsMessage(String seed) throws Exception {
        Annotated a = annotate(seed, "pdf", "zh");
        List<Source> places = a.places();
        try (PDDocument pdf = Loader.loadPDF(a.out().toFile())) {
            List<PDAnnotationHighlight> highlights = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation x : page.getAnnotations()) if (x instanceof PDAnnotationHighlight h) highlights.add(h);
            }
            assertEquals(places.size(), highlights.size());
            for (PDAnnotationHighlight h : highlights) {
                assertEquals(Annotator.AUTHOR, h.getTitlePopup());
                assertTrue(h.getContents().matches(".+ \\[[a-z.-]+\\].*"), h::getContents);
                assertTrue(h.getQuadPoints().length >= 8 && h.getQuadPoints().length % 8 == 0, "quad points of the text's lines");
            }
        }
    }

    @Test
    void aFindingOfSeveralPlacesIsMarkedAtEachNamingTheOthers() throws Exception {
        // The body says 1110, the table 1100: table.body-mismatch concerns both places.
        Path dir = Files.createDirectories(DIR.resolve("mismatch"));
        Path txt = dir.resolve("plan.txt");
        Files.writeString(txt, String.join("\n", "天津市河北区科技创新三年行动计划（2020—2022年）", "一、工作目标",
                "到2022年，区内有效发明专利达到1110件。", "",
                "序号\t指标\t2020年\t2021年\t2022年", "1\t有效发明专利（件）\t1000\t1050\t1100", ""));
        Path docx = FormatsTest.write(txt, "docx", dir);
        CheckResult r = new Checker(Settings.defaults()).check(List.of(docx));
        var f = r.findings().stream().filter(x -> x.ruleId().equals("table.body-mismatch")).findFirst().orElseThrow();
        assertFalse(f.related().isEmpty());
        Path out = dir.resolve("plan.annotated.docx");
        Annotator.annotate(docx, r, Messages.of("en"), out);
        try (InputStream in = Files.newInputStream(out); XWPFDocument annotated = new XWPFDocument(in)) {
            long naming = List.of(annotated.getComments()).stream().filter(c -> c.getText().contains("table.body-mismatch")
                    && c.getText().contains("Also at: ")).count();
            assertEquals(2, naming, "one comment at the body's figure and one at the table's, each naming the other");
        }
    }

    @Test
    void otherFormatsAreRefusedWithWhatToDo() throws Exception {
        Path txt = SEEDS.resolve("001_daa27daca99d145a.txt");
        Path html = FormatsTest.write(txt, "html", DIR.resolve("html"));
        CheckResult r = new Checker(Settings.defaults()).check(List.of(html));
        var e = assertThrows(Annotator.NotAnnotatable.class, () -> Annotator.annotate(html, r, Messages.of("en"), DIR.resolve("x.html")));
        assertTrue(e.getMessage().startsWith("annotate writes .docx and .pdf"), e.getMessage());
        assertEquals(Path.of("a/plan.annotated.docx"), Annotator.defaultTarget(Path.of("a/plan.docx")));
    }

    @Test
    void aRootIsNoOutputFile() throws Exception {
        Path docx = FormatsTest.write(SEEDS.resolve("001_daa27daca99d145a.txt"), "docx", DIR.resolve("root"));
        CheckResult r = new Checker(Settings.defaults()).check(List.of(docx));
        Path root = docx.toAbsolutePath().getRoot();
        var e = assertThrows(Annotator.NotAnnotatable.class, () -> Annotator.annotate(docx, r, Messages.of("en"), root));
        assertEquals("the output must be a file, not " + root + ": name one with -o", e.getMessage());
        assertEquals(Path.of("x.annotated"), Annotator.defaultTarget(Path.of("x")));
    }
}
