package plancheck.read.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.engine.Settings;

/**
 * The seeds' .docx converted by LibreOffice (as reviewers' Word and WPS save them) to .doc and to
 * PDF (Writer's own layout: bordered tables, its line breaking), and files whose name says the other
 * Word format: each gives the text's figures and findings. LibreOffice is installed by .ci/run; the
 * test fails without it.
 */
class LibreOfficeTest {
    private static final Path SEEDS = Path.of("seeds", "documents");
    private static final Path REFERENCE = Path.of("seeds", "reference");
    private static final Path DIR = Path.of("cli", "target", "libreoffice");

    @BeforeAll
    static void convert() throws Exception {
        List<String> docx = new ArrayList<>();
        for (String seed : seeds().toList()) {
            docx.add(FormatsTest.write(SEEDS.resolve(seed), "docx", DIR.resolve("docx")).toAbsolutePath().toString());
        }
        for (String to : List.of("doc", "pdf")) {
            List<String> cmd = new ArrayList<>(List.of("soffice", "--headless", "-env:UserInstallation=file://"
                    + DIR.toAbsolutePath().resolve("profile"), "--convert-to", to, "--outdir", DIR.resolve(to).toAbsolutePath().toString()));
            cmd.addAll(docx);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(DIR.resolve(to + ".log").toFile()).start();
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "soffice --convert-to " + to + " finished");
            assertEquals(0, p.exitValue(), "soffice --convert-to " + to + " (see " + DIR.resolve(to + ".log") + ")");
        }
    }

    static Stream<String> seeds() throws IOException {
        try (Stream<Path> s = Files.list(SEEDS)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> FormatsTest.TITLED_FINAL.matcher(n).matches()).sorted().toList().stream();
        }
    }

    private static void assertSameAsText(String seed, Path doc) {
        Checker checker = new Checker(Settings.defaults());
        CheckResult asText = checker.check(List.of(SEEDS.resolve(seed), REFERENCE));
        CheckResult asDoc = checker.check(List.of(doc, REFERENCE));
        assertTrue(asDoc.errors().isEmpty(), () -> asDoc.errors().toString());
        FormatsTest.assertSame("figures", FormatsTest.figures(asText), FormatsTest.figures(asDoc), doc);
        FormatsTest.assertSame("findings", FormatsTest.findings(asText), FormatsTest.findings(asDoc), doc);
    }

    private static Path converted(String seed, String ext) {
        return DIR.resolve(ext).resolve(seed.replaceFirst("\\.txt$", "." + ext));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void wordDoc(String seed) {
        assertSameAsText(seed, converted(seed, "doc"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void libreOfficePdf(String seed) {
        assertSameAsText(seed, converted(seed, "pdf"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aDocNamedDocxAndADocxNamedDocAreReadByTheirContent(String seed) throws IOException {
        Path swapped = Files.createDirectories(DIR.resolve("swapped-" + seed));
        Path doc = Files.copy(converted(seed, "doc"), swapped.resolve("plan.docx"), StandardCopyOption.REPLACE_EXISTING);
        assertSameAsText(seed, doc);
        Files.delete(doc);
        Path docx = Files.copy(DIR.resolve("docx").resolve(seed.replaceFirst("\\.txt$", ".docx")), swapped.resolve("plan.doc"),
                StandardCopyOption.REPLACE_EXISTING);
        assertSameAsText(seed, docx);
    }

    @Test
    void aTableWithATwoRowHeaderOfMergedCells() throws IOException {
        Path out = Files.createDirectories(DIR.resolve("merged")).resolve("jinnan.docx");
        Fixtures.mergedHeaderDocx(List.of("天津市津南区科技创新三年行动计划（2020—2022年）", "一、工作目标",
                        "到2022年，全区高新技术企业达到300家。", "附表：主要指标"),
                new String[] {"2020年", "2021年", "2022年"},
                List.of(new String[] {"高新技术企业", "家", "250", "280", "290"},
                        new String[] {"有效发明专利", "件", "1000", "1100", "1200"}),
                List.of("二、保障措施", "加强组织领导。"), out);
        CheckResult r = new Checker(Settings.defaults()).check(List.of(out));
        assertTrue(r.errors().isEmpty(), () -> r.errors().toString());
        List<String> figures = FormatsTest.figures(r);
        for (String f : List.of("high-tech-enterprises TARGET 2020 250.0", "high-tech-enterprises TARGET 2021 280.0",
                "high-tech-enterprises TARGET 2022 290.0", "invention-patents TARGET 2022 1200.0", "high-tech-enterprises TARGET 2022 300.0")) {
            assertTrue(figures.stream().anyMatch(x -> x.startsWith(f)), () -> f + " in " + figures);
        }
        assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("table.body-mismatch")), () -> r.findings().toString());
    }

    /**
     * A county's web page printed to PDF: a compact bordered table whose header cells ("单位", "2020年",
     * "2025年") stand closer than words of a sentence, and a long label running into the unit column.
     * The PDF gives every figure the page gives.
     */
    @Test
    void aWebPagePrintedToPdfKeepsItsCompactTable() throws Exception {
        Path page = Path.of("cli", "src", "test", "resources", "formats", "web-page.html");
        Path out = Files.createDirectories(DIR.resolve("web"));
        Process p = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + DIR.toAbsolutePath().resolve("profile"),
                "--convert-to", "pdf", "--outdir", out.toAbsolutePath().toString(), page.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(DIR.resolve("web.log").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "soffice --convert-to pdf finished");
        assertEquals(0, p.exitValue(), "soffice --convert-to pdf (see " + DIR.resolve("web.log") + ")");
        Checker checker = new Checker(Settings.defaults());
        CheckResult html = checker.check(List.of(page));
        CheckResult pdf = checker.check(List.of(out.resolve("web-page.pdf")));
        assertTrue(pdf.errors().isEmpty(), () -> pdf.errors().toString());
        assertEquals(20, FormatsTest.figures(html).size(), () -> FormatsTest.figures(html).toString());
        FormatsTest.assertSame("figures", FormatsTest.figures(html), FormatsTest.figures(pdf), out.resolve("web-page.pdf"));
        assertTrue(FormatsTest.figures(pdf).contains("rd-intensity BASELINE 2020 2.35 %  REACH"), () -> FormatsTest.figures(pdf).toString());
    }
}
