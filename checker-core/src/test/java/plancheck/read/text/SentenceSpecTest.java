package plancheck.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import plancheck.model.Figure;
import plancheck.read.PlanData;
import plancheck.read.document.Document;
import plancheck.read.document.GivenPlan;
import plancheck.read.document.Place;

/**
 * The phrasing specs in {@code read/sentences.tsv}: each sentence, under its section heading in a
 * district's “十四五” plan, gives exactly the figures listed (kind, year, value, unit, and the
 * indicator as read where a figure ends in "@name"). A new way of writing is added to the
 * vocabulary with a sentence here that shows it.
 */
class SentenceSpecTest {
    private static final Path SPECS = Path.of("src/test/resources/read/sentences.tsv");

    static Stream<String[]> specs() throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(SPECS, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length != 3) throw new IllegalStateException("not section<TAB>sentence<TAB>figures: " + line);
            out.add(f);
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("specs")
    void sentenceGivesItsFigures(String section, String sentence, String expected) {
        String heading = switch (section) {
            case "目标" -> "二、发展目标";
            case "基础" -> "一、发展基础";
            default -> "三、重点任务";
        };
        List<Document.Block> blocks = List.of(
                new Document.Paragraph("某某区科技创新“十四五”规划", Place.line(1, 1)),
                new Document.Paragraph(heading, Place.line(2, 1)),
                new Document.Paragraph(sentence, Place.line(3, 1)));
        PlanData data = new PlanExtractor(RealCatalogue.get()).extract("spec.txt", "spec", new Document(blocks, "text"),
                new GivenPlan(null, null, "某某市", null, null, "spec"));
        assertEquals(List.of(), data.errors());
        List<String> want = expected.equals("-") ? List.of() : List.of(expected.split("\\s*\\|\\s*"));
        List<String> found = new ArrayList<>();
        for (int k = 0; k < data.figures().size(); k++) {
            Figure f = data.figures().get(k);
            // "… @name" in a spec also pins the indicator as read.
            boolean named = k < want.size() && want.get(k).contains(" @");
            found.add(row(f) + (named ? " @" + f.indicatorText() : ""));
        }
        assertEquals(want, found, sentence);
    }

    private static String row(Figure f) {
        String v = f.value() == null ? "blank"
                : f.value() == Math.rint(f.value()) ? String.valueOf(f.value().longValue()) : String.valueOf(f.value());
        return (f.kind().code() + " " + f.year() + " " + v + " " + f.unit().toLowerCase(Locale.ROOT)).strip();
    }
}
