package plancheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import plancheck.model.Direction;
import plancheck.model.Figure;
import plancheck.model.Kind;
import plancheck.model.Level;

/**
 * One region's valued figures for one known indicator, from every plan loaded: the fact the rules
 * that compare plans of a region, or a region with its parent, match. Rules join two of these on
 * {@code region == $parent, indicator == $i} (indexed), never figure with figure.
 *
 * @param parent  the parent region as the region's first figure names it
 * @param figures the valued figures, every plan, in load order
 * @param values  one value per year and kind ({@link RegionValue}), in the order of their figures
 * @param plans   how many plans the figures come from
 * @param hasShares whether any value is a share (most regions state none: rules about shares skip them)
 * @param crossPlanFalls how many of the {@link #crossPlanTargets} do not rise (the later target at or
 *                below the earlier, {@link Compare#notAbove}, numbers alone)
 * @param baselineFalls how many of the {@link #baselineTargets} do not rise (the target at or below the
 *                baseline); with none of either, rules skip the series without building its pairs
 * @param keys    each value's kind and year as one number ({@link #key}), in the order of {@code values}:
 *                {@link #value} finds a value without reading every figure (sums over districts ask
 *                each district's series for a year several times)
 */
public record RegionSeries(String region, Level level, String parent, String indicator,
                           boolean additive, Direction direction, List<Figure> figures,
                           List<RegionValue> values, int plans, boolean hasShares,
                           int crossPlanFalls, int baselineFalls, int[] keys) {

    /** The series of a region's valued figures (load order) and their values. */
    public RegionSeries(List<Figure> figures, List<RegionValue> values) {
        this(figures, values, countPlans(figures), byYear(figures, Kind.TARGET));
    }

    private RegionSeries(List<Figure> figures, List<RegionValue> values, int plans, List<Figure> targets) {
        this(figures.get(0).region(), figures.get(0).level(), figures.get(0).parent(), figures.get(0).indicator(),
                figures.get(0).additive(), figures.get(0).direction(), figures, values, plans,
                hasShares(values),
                plans > 1 ? PlanSeries.falls(pair -> forEachCrossPlan(targets, pair)) : 0,
                PlanSeries.falls(pair -> forEachBaselineTarget(byYear(figures, Kind.BASELINE), targets, pair)),
                keys(values));
    }

    private static boolean hasShares(List<RegionValue> values) {
        for (RegionValue v : values) if (v.kind() == Kind.SHARE) return true;
        return false;
    }

    private static int[] keys(List<RegionValue> values) {
        int[] keys = new int[values.size()];
        for (int i = 0; i < keys.length; i++) keys[i] = key(values.get(i).kind(), values.get(i).year());
        return keys;
    }

    private static int key(Kind kind, int year) {
        return kind.ordinal() << 24 | (year & 0xFFFFFF);
    }

    private static int countPlans(List<Figure> figures) {
        List<String> seen = new ArrayList<>(2);
        for (Figure f : figures) if (!seen.contains(f.planId())) seen.add(f.planId());
        return seen.size();
    }

    /** The values of one kind, in the order of their figures. */
    public List<RegionValue> values(Kind kind) {
        List<RegionValue> out = new ArrayList<>(0);
        for (RegionValue v : values) if (v.kind() == kind) out.add(v);
        return out;
    }

    /** The value of {@code kind} for {@code year}, or null. */
    public RegionValue value(Kind kind, int year) {
        int key = key(kind, year);
        for (int i = 0; i < keys.length; i++) if (keys[i] == key) return values.get(i);
        return null;
    }

    public RegionValue target(int year) {
        return value(Kind.TARGET, year);
    }

    public RegionValue share(int year) {
        return value(Kind.SHARE, year);
    }

    /** Every target with every target of a later year in another plan of the region. */
    public List<FigurePair> crossPlanTargets() {
        List<FigurePair> out = new ArrayList<>();
        forEachCrossPlan(byYear(figures, Kind.TARGET), (a, b) -> out.add(new FigurePair(a, b)));
        return out;
    }

    /** Every baseline with every target of a later year, in any plan of the region. */
    public List<FigurePair> baselineTargets() {
        List<FigurePair> out = new ArrayList<>();
        List<Figure> baselines = byYear(figures, Kind.BASELINE);
        if (!baselines.isEmpty()) forEachBaselineTarget(baselines, byYear(figures, Kind.TARGET), (a, b) -> out.add(new FigurePair(a, b)));
        return out;
    }

    private static void forEachCrossPlan(List<Figure> targets, BiConsumer<Figure, Figure> pair) {
        for (int a = 0; a < targets.size(); a++) {
            Figure fa = targets.get(a);
            for (int b = PlanSeries.runEnd(targets, a); b < targets.size(); b++) {
                if (!targets.get(b).planId().equals(fa.planId())) pair.accept(fa, targets.get(b));
            }
        }
    }

    private static void forEachBaselineTarget(List<Figure> baselines, List<Figure> targets, BiConsumer<Figure, Figure> pair) {
        for (Figure b : baselines) {
            for (Figure t : targets) if (t.year() > b.year()) pair.accept(b, t);
        }
    }

    private static List<Figure> byYear(List<Figure> figures, Kind kind) {
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) if (f.kind() == kind) out.add(f);
        out.sort(PlanSeries.BY_YEAR);
        return out;
    }
}
