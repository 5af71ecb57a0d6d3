package plancheck.read.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.engine.Finding;
import plancheck.engine.Settings;
import plancheck.model.Figure;
import plancheck.read.document.Document;
import plancheck.read.text.TextDocuments;
import plancheck.report.Messages;

/**
 * Every seed plan written as .docx, PDF and web page (GBK and UTF-8) gives the same figures and the
 * same findings as its text, with the real reader and rule base.
 */
public class FormatsTest {
    private static final Path SEEDS = Path.of("seeds", "documents");
    /**
     * The seeds compared across formats: the three final plans with a title. Seed 000's messages cite
     * the line of another figure, which differs by format; seed 004 has no title (its metadata is
     * in seeds/plancheck.json, which a copy in another folder does not have).
     */
    public static final java.util.regex.Pattern TITLED_FINAL = java.util.regex.Pattern.compile("00[123]_.*\\.txt");
    private static final Path REFERENCE = Path.of("seeds", "reference");

    /** Kept after the run under target/, so that a failure's file can be opened. */
    static final Path dir = Path.of("cli", "target", "formats");

    static Stream<Arguments> seedsInEveryFormat() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(SEEDS)) {
            for (Path txt : s.filter(p -> TITLED_FINAL.matcher(p.getFileName().toString()).matches()).sorted().toList()) {
                for (String format : List.of("docx", "pdf", "html", "gbk.html")) out.add(Arguments.of(txt.getFileName().toString(), format));
            }
        }
        return out.stream();
    }

    /** The plan written in {@code format} into its own folder (so that it is the only plan there). */
    public static Path write(Path txt, String format, Path folder) throws IOException {
        Files.createDirectories(folder);
        Document d = TextDocuments.of(txt);
        String stem = txt.getFileName().toString().replaceFirst("\\.txt$", "");
        Path out = folder.resolve(stem + "." + format);
        switch (format) {
            case "docx" -> Fixtures.docx(d, out);
            case "pdf" -> Fixtures.pdf(d, "科技创新规划（印发稿）", out);
            case "html" -> Html.write(d, out, StandardCharsets.UTF_8);
            case "gbk.html" -> Html.write(d, out, Charset.forName("GBK"));
            default -> throw new IllegalArgumentException(format);
        }
        return out;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("seedsInEveryFormat")
    void sameFiguresAndFindingsAsText(String seed, String format) throws IOException {
        Path txt = SEEDS.resolve(seed);
        Path doc = write(txt, format, dir.resolve(seed + "-" + format));
        Checker checker = new Checker(Settings.defaults());
        CheckResult asText = checker.check(List.of(txt, REFERENCE));
        CheckResult asDoc = checker.check(List.of(doc, REFERENCE));
        assertTrue(asDoc.errors().isEmpty(), () -> asDoc.errors().toString());
        assertSame("figures", figures(asText), figures(asDoc), doc);
        assertSame("findings", findings(asText), findings(asDoc), doc);
        assertEquals(asText.unclassified(), asDoc.unclassified(), "unclassified numbers of " + doc);
    }

    /** Equal lists, or a message naming only what differs. */
    static void assertSame(String what, List<String> expected, List<String> actual, Path doc) {
        List<String> missing = new ArrayList<>(expected), extra = new ArrayList<>(actual);
        actual.forEach(missing::remove);
        expected.forEach(extra::remove);
        assertTrue(missing.isEmpty() && extra.isEmpty(), what + " of " + doc + ": missing " + missing + ", extra " + extra);
    }

    static List<String> figures(CheckResult r) {
        return r.figures().stream().filter(f -> !f.source().file().startsWith("seeds/reference"))
                .map(FormatsTest::figure).sorted().toList();
    }

    private static String figure(Figure f) {
        return f.indicator() + " " + f.kind() + " " + f.year() + " " + f.value() + " " + f.unit() + " " + f.scope() + " " + f.qualifier();
    }

    static List<String> findings(CheckResult r) {
        Messages m = Messages.of("zh");
        return r.findings().stream().map(f -> f.ruleId() + " " + f.indicator() + " " + f.year() + " " + m.message(f)).sorted().toList();
    }

    static List<Finding> of(CheckResult r) {
        return r.findings();
    }
}
