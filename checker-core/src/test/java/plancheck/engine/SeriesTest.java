package plancheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import plancheck.model.Direction;
import plancheck.model.Figure;
import plancheck.model.Kind;
import plancheck.model.Level;
import plancheck.model.Source;

/** The series the rules match: what they group, and which pairs they offer for comparison. */
class SeriesTest {
    private int nextId;

    private Figure fig(String plan, String region, String indicator, Kind kind, int year, Double value) {
        return fig(plan, region, indicator, "全区", kind, year, value);
    }

    private Figure fig(String plan, String region, String indicator, String scope, Kind kind, int year, Double value) {
        int id = nextId++;
        boolean known = !indicator.startsWith("?");
        return new Figure(id, plan, region, Level.DISTRICT, "市", indicator, indicator, known, known,
                known ? Direction.UP : Direction.NONE, "件", scope, kind, year, value, null, "",
                new Source("f.csv", id + 2, 0, ""));
    }

    private static List<String> ids(List<FigurePair> pairs) {
        return pairs.stream().map(p -> p.first().id() + ">" + p.second().id()).toList();
    }

    @Test
    void stepsPairEachValuedFigureWithTheNextYearThatHasOne() {
        List<Figure> s = List.of(
                fig("p", "区", "专利", Kind.BASELINE, 2020, 100.0),   // 0
                fig("p", "区", "专利", Kind.TARGET, 2021, 110.0),     // 1
                fig("p", "区", "专利", Kind.TARGET, 2021, 105.0),     // 2
                fig("p", "区", "专利", Kind.TARGET, 2022, null),      // 3: blank, no step
                fig("p", "区", "专利", Kind.SHARE, 2022, 30.0),       // 4: share, no step
                fig("p", "区", "专利", Kind.TARGET, 2023, 120.0));    // 5
        PlanSeries p = new PlanSeries(s);
        // Steps 0>1, 0>2, 1>5 and 2>5 all rise: none is a candidate; 1>2 is a same-year pair.
        assertEquals(List.of(), ids(p.monotonicSteps()));
        assertEquals(List.of("1>2"), ids(p.sameYearTargets()));
        assertEquals(List.of(), p.sameYearBaselines());
        assertEquals(List.of(3), p.blankTargets().stream().map(Figure::id).toList());
        assertTrue(p.known());
        assertEquals(Direction.UP, p.direction());
    }

    @Test
    void repeatsAreCountedAlikeInShortAndLongSeries() {
        List<Figure> s = new ArrayList<>();
        for (int y = 1990; y < 2030; y++) s.add(fig("p", "区", "专利", Kind.TARGET, y, (double) y));
        assertEquals(List.of(), new PlanSeries(s).sameYearTargets());
        s.add(fig("p", "区", "专利", Kind.TARGET, 2000, 1.0));
        s.add(fig("p", "区", "专利", Kind.BASELINE, 2000, 1.0));   // another kind: no repeat
        s.add(fig("p", "区", "专利", Kind.TARGET, 2001, null));    // blank: no repeat
        assertEquals(List.of("10>40"), ids(new PlanSeries(s).sameYearTargets()));
        assertEquals(List.of(), new PlanSeries(s).sameYearBaselines());
    }

    @Test
    void misscopedLabelsAreTheFirstFigureOfEachWordingForAnotherLevelSharesLeftOut() {
        List<Figure> s = List.of(
                fig("p", "区", "专利", "全市", Kind.SHARE, 2021, 10.0),   // 0: a share's 全市 is right
                fig("p", "区", "专利", "全市", Kind.TARGET, 2021, 1.0),   // 1
                fig("p", "区", "专利", "全市", Kind.TARGET, 2022, 2.0),   // 2: same label as 1
                fig("p", "区", "专利", "全区", Kind.TARGET, 2022, 2.0),   // 3: the district's own scope
                fig("p", "区", "专利", "全社会", Kind.TARGET, 2023, 2.0), // 4: names no level
                fig("p", "区", "专利", "全市", Kind.BASELINE, 2020, 1.0)); // 5: same label as 1
        assertEquals(List.of(1), new PlanSeries(s).misscopedLabels().stream().map(Figure::id).toList());
        assertEquals(List.of(), new PlanSeries(s.subList(3, 5)).misscopedLabels());
    }

    @Test
    void regionSeriesPairsTargetsAcrossPlansAndBaselinesWithLaterTargets() {
        List<Figure> figures = List.of(
                fig("five", "区", "专利", Kind.BASELINE, 2020, 50.0),  // 0
                fig("five", "区", "专利", Kind.TARGET, 2022, 80.0),    // 1
                fig("five", "区", "专利", Kind.TARGET, 2025, 100.0),   // 2
                fig("three", "区", "专利", Kind.BASELINE, 2022, 70.0), // 3
                fig("three", "区", "专利", Kind.TARGET, 2022, 90.0),   // 4: same year as 1: not ordered
                fig("three", "区", "专利", Kind.TARGET, 2024, 95.0));  // 5
        RegionSeries r = Facts.of(figures).regionSeries().get(0);
        assertEquals(2, r.plans());
        // 1>5, 4>2 and 5>2 (later targets of another plan) and every baseline-target pair rise: no candidate.
        assertEquals(Set.of(), new HashSet<>(ids(r.crossPlanTargets())));
        assertEquals(Set.of(), new HashSet<>(ids(r.baselineTargets())));
    }

    @Test
    void regionValuesKeepTheLowestFigurePerKindAndYear() {
        List<Figure> figures = List.of(
                fig("five", "区", "专利", Kind.TARGET, 2022, 80.0),    // 0
                fig("three", "区", "专利", Kind.TARGET, 2022, 75.0),   // 1: lower, kept
                fig("three", "区", "专利", Kind.TARGET, 2023, 90.0),   // 2
                fig("five", "区", "专利", Kind.TARGET, 2023, 90.0),    // 3: equal, the first loaded is kept
                fig("five", "区", "专利", Kind.SHARE, 2022, 12.5));    // 4
        RegionSeries r = Facts.of(figures).regionSeries().get(0);
        assertEquals(List.of(1, 2, 4), r.values().stream().map(RegionValue::seq).toList());
        assertEquals(75.0, r.target(2022).value());
        assertEquals(12.5, r.share(2022).value());
        assertNull(r.target(2030));
        assertEquals(List.of(4), r.shares().stream().map(RegionValue::seq).toList());
    }

    @Test
    void factsGroupPlansAndRegionsInLoadOrderUnknownIndicatorsToo() {
        List<Figure> figures = List.of(
                fig("a", "甲区", "专利", Kind.TARGET, 2022, 1.0),      // 0
                fig("a", "甲区", "?自造指标", Kind.TARGET, 2022, 1.0), // 1
                fig("b", "甲区", "专利", Kind.TARGET, 2023, 2.0),      // 2
                fig("a", "甲区", "专利", Kind.TARGET, 2023, null),     // 3: blank
                fig("c", "乙区", "专利", Kind.TARGET, 2023, 2.0));     // 4
        Facts facts = Facts.of(figures);
        assertEquals(List.of("a 专利 [0, 3]", "a ?自造指标 [1]", "b 专利 [2]", "c 专利 [4]"),
                facts.planSeries().stream().map(p -> p.planId() + " " + p.indicator() + " "
                        + p.figures().stream().map(Figure::id).toList()).toList());
        assertFalse(facts.planSeries().get(1).known());
        // Unknown indicators are compared across a region's plans too (cross-plan.order, target.below-baseline).
        assertEquals(List.of("甲区 [0, 2]", "甲区 [1]", "乙区 [4]"), facts.regionSeries().stream()
                .map(r -> r.region() + " " + r.figures().stream().map(Figure::id).toList()).toList());
        assertEquals(List.of(0, 1, 2, 4), facts.regionValues().stream().map(RegionValue::seq).toList());
    }

    @Test
    void candidatesAreThePairsThatDoNotRise() {
        List<Figure> s = List.of(
                fig("p", "区", "专利", Kind.BASELINE, 2020, 100.0),   // 0
                fig("p", "区", "专利", Kind.TARGET, 2021, 100.0),     // 1: level with 0
                fig("p", "区", "专利", Kind.TARGET, 2022, 90.0),      // 2: below 1
                fig("p", "区", "专利", Kind.TARGET, 2023, 95.0));     // 3: a rise
        assertEquals(List.of("0>1", "1>2"), ids(new PlanSeries(s).monotonicSteps()));
        nextId = 0;
        assertEquals(List.of(), new PlanSeries(s.subList(2, 4)).monotonicSteps());

        List<Figure> region = List.of(
                fig("five", "区", "专利", Kind.BASELINE, 2020, 50.0),  // 0
                fig("five", "区", "专利", Kind.TARGET, 2022, 80.0),    // 1
                fig("five", "区", "专利", Kind.TARGET, 2025, 100.0),   // 2
                fig("three", "区", "专利", Kind.TARGET, 2024, 79.0),   // 3: below 1 (another plan)
                fig("three", "区", "专利", Kind.TARGET, 2023, 40.0));  // 4: below 1 and below the baseline 0
        RegionSeries r = Facts.of(region).regionSeries().get(0);
        assertEquals(Set.of("1>3", "1>4"), new HashSet<>(ids(r.crossPlanTargets())));
        assertEquals(List.of("0>4"), ids(r.baselineTargets()));
    }

    /**
     * The candidates are all a rule sees: every pair it could report (below, qualifiers considered)
     * must be one. Checked against every pair of the series' figures, on random series with ties and
     * strict qualifiers.
     */
    @Test
    void everyPairThatComparesBelowIsACandidate() {
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 2000; round++) {
            List<Figure> figures = new ArrayList<>();
            int n = 1 + random.nextInt(9);
            for (int i = 0; i < n; i++) {
                String plan = random.nextBoolean() ? "five" : "three";
                Kind kind = random.nextInt(3) == 0 ? Kind.BASELINE : Kind.TARGET;
                double value = 10 * random.nextInt(4) + (random.nextInt(5) == 0 ? 1e-12 : 0);
                String qualifier = random.nextInt(3) == 0 ? "突破" : "达到";
                int id = nextId++;
                figures.add(new Figure(id, plan, "区", Level.DISTRICT, "市", "专利", "专利", true, true, Direction.UP,
                        "件", "全区", kind, 2020 + random.nextInt(4), value, null, qualifier, new Source("f.csv", id, 0, "")));
            }
            for (PlanSeries p : Facts.of(figures).planSeries()) {
                List<Figure> f = p.figures();
                // A step: a later year with no year that has a value in between.
                assertEquals(below(f, (a, b) -> b.year() > a.year() && f.stream().noneMatch(
                        c -> c.year() > a.year() && c.year() < b.year())), below(p.monotonicSteps()));
            }
            RegionSeries r = Facts.of(figures).regionSeries().get(0);
            List<Figure> f = r.figures();
            assertEquals(below(f, (a, b) -> a.kind() == Kind.TARGET && b.kind() == Kind.TARGET && b.year() > a.year()
                    && !a.planId().equals(b.planId())), below(r.crossPlanTargets()));
            assertEquals(below(f, (a, b) -> a.kind() == Kind.BASELINE && b.kind() == Kind.TARGET && b.year() > a.year()),
                    below(r.baselineTargets()));
        }
    }

    /** The pairs of {@code figures} that {@code pairs} accepts whose second is below the first. */
    private static Set<String> below(List<Figure> figures, java.util.function.BiPredicate<Figure, Figure> pairs) {
        Set<String> out = new HashSet<>();
        for (Figure a : figures) {
            for (Figure b : figures) {
                if (pairs.test(a, b) && Compare.below(b, a)) out.add(a.id() + ">" + b.id());
            }
        }
        return out;
    }

    private static Set<String> below(List<FigurePair> pairs) {
        Set<String> out = new HashSet<>();
        for (FigurePair p : pairs) {
            assertTrue(Compare.notAbove(p.second().value(), p.first().value()), "a candidate does not rise");
            if (Compare.below(p.second(), p.first())) out.add(p.first().id() + ">" + p.second().id());
        }
        return out;
    }

    @Test
    void batchesNeverSplitAnIndicatorAndHoldEveryFigureOnce() {
        List<Figure> figures = new ArrayList<>();
        for (int r = 0; r < 7; r++) {
            for (String ind : List.of("专利", "高企", "技术合同")) figures.add(fig("p" + r, "区" + r, ind, Kind.TARGET, 2022, 1.0));
        }
        for (int size : List.of(1, 5, 10, 1000)) {
            List<RuleEngine.Batch> batches = RuleEngine.batches(figures, size);
            Set<Figure> seen = new HashSet<>();
            Set<String> indicatorsSeen = new HashSet<>();
            for (RuleEngine.Batch b : batches) {
                Set<String> mine = new HashSet<>();
                b.figures().forEach(f -> mine.add(f.indicator()));
                for (String i : mine) assertTrue(indicatorsSeen.add(i), i + " is split at batch size " + size);
                b.figures().forEach(f -> assertTrue(seen.add(f)));
                // Each indicator's figures stay in load order, as the series expect.
                for (int i = 1; i < b.figures().size(); i++) {
                    Figure a = b.figures().get(i - 1), c = b.figures().get(i);
                    if (a.indicator().equals(c.indicator())) assertTrue(a.id() < c.id());
                }
            }
            assertEquals(figures.size(), seen.size());
        }
        assertEquals(3, RuleEngine.batches(figures, 1).size());
        assertEquals(1, RuleEngine.batches(figures, 1000).size());
    }
}
