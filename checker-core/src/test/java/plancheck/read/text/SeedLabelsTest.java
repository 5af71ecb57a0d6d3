package plancheck.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import plancheck.model.Figure;
import plancheck.model.Num;
import plancheck.read.CsvPlanReader;
import plancheck.read.PlanData;
import plancheck.read.Unclassified;

/**
 * Extraction measured against the labelled set: seeds/data/*.csv, made by hand from the three seed
 * documents, lists every target, baseline, share and blank of the region's indicators. Recall: every
 * labelled figure is extracted; precision: nothing else is (every extra figure would reach the rules).
 */
class SeedLabelsTest {
    private static final Path SEEDS = Path.of("../seeds");

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("001_daa27daca99d145a.txt", "001_hebei-2020-2022.csv"),
                Arguments.of("002_eb5fe5a3b1811268.txt", "002_binhai-2021-2025.csv"),
                Arguments.of("003_18d7a4ec9416ec41.txt", "003_jinnan-2021-2025.csv"));
    }

    static PlanData document(String name) {
        return RealCatalogue.reader().read(SEEDS.resolve("documents").resolve(name), "seeds/documents/" + name);
    }

    /** What a label fixes: place, indicator as written, scope, unit, kind, year, value, and how it is meant. */
    private static String key(Figure f) {
        return f.source().file() + ":" + f.source().line() + " " + f.indicatorText() + " [" + f.scope() + "] "
                + f.unit() + " " + f.kind().code() + " " + f.year() + " "
                + (f.value() == null ? "blank" : Num.fmt(f.value())) + " " + f.qualifier();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyLabelledFigureIsExtractedAndNothingElse(String doc, String csv) {
        PlanData text = document(doc);
        PlanData labels = new CsvPlanReader().read(SEEDS.resolve("data").resolve(csv), "seeds/data/" + csv);
        assertEquals(List.of(), text.errors());
        assertEquals(List.of(), labels.errors());

        var a = text.plans().get(0);
        var b = labels.plans().get(0);
        assertEquals(List.of(b.planId(), b.region(), b.level(), b.parent(), b.periodStart(), b.periodEnd()),
                List.of(a.planId(), a.region(), a.level(), a.parent(), a.periodStart(), a.periodEnd()));

        List<String> expected = labels.figures().stream().map(SeedLabelsTest::key).toList();
        List<String> found = text.figures().stream().map(SeedLabelsTest::key).toList();
        List<String> missed = new ArrayList<>(expected);
        found.forEach(missed::remove);
        List<String> extra = new ArrayList<>(found);
        expected.forEach(extra::remove);
        double recall = 1 - (double) missed.size() / expected.size();
        double precision = found.isEmpty() ? 0 : 1 - (double) extra.size() / found.size();
        String measured = doc + ": " + expected.size() + " labelled, " + found.size() + " extracted, recall "
                + Num.fmt1(recall * 100) + "%, precision " + Num.fmt1(precision * 100) + "%";
        System.out.println(measured);
        assertEquals(List.of(), missed, "missed (" + measured + ")");
        assertEquals(List.of(), extra, "extra (" + measured + ")");
        for (Figure f : text.figures()) {
            assertTrue(f.source().column() > 0 && !f.source().quote().isEmpty(), key(f) + " has column and quote");
        }
    }

    private static List<String> unclassifiedAt(PlanData d, int line) {
        return d.unclassified().stream().filter(u -> u.source().line() == line).map(Unclassified::text).toList();
    }

    @Test
    void numbersThatAreNotTheRegionsIndicatorsAreListedNotRead() {
        PlanData binhai = document("002_eb5fe5a3b1811268.txt");
        assertEquals(List.of("5个", "4个"), unclassifiedAt(binhai, 49), "counts of 领域");
        assertEquals(List.of("10.3平方公里", "100家以上", "150家", "2家"), unclassifiedAt(binhai, 191),
                "the 滨海—中关村科技园's own figures, not the district's");
        assertEquals(List.of("30000㎡", "52017㎡"), unclassifiedAt(binhai, 193), "areas of one building");
        assertTrue(binhai.figures().stream().noneMatch(f -> f.source().line() >= 199 && f.source().line() <= 214),
                "开发区 and 生态城 lines are sub-areas");
        assertEquals(List.of("12英寸"), unclassifiedAt(binhai, 8),
                "one company's wafer size");

        PlanData jinnan = document("003_18d7a4ec9416ec41.txt");
        assertEquals(List.of("107.4%", "10亿元"), unclassifiedAt(jinnan, 23), "a growth rate; the start-ups' revenue");
        assertEquals(List.of("100台"), unclassifiedAt(jinnan, 75), "one company's project");
        for (Unclassified u : jinnan.unclassified()) assertTrue(u.reason() != null && u.source().column() > 0);
    }
}
