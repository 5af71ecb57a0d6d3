package plancheck.engine;

import java.util.ArrayList;
import java.util.List;
import plancheck.model.Direction;
import plancheck.model.Figure;
import plancheck.model.Kind;
import plancheck.model.Level;

/**
 * One region's valued figures for one indicator, from every plan loaded: the fact the rules that
 * compare plans of a region, or a region with its parent, match. Rules join two of these on
 * {@code region == $parent, indicator == $i} (indexed), never figure with figure. As in a
 * {@link PlanSeries}, each rule has its own list of candidates, built once with the series.
 *
 * @param parent  the parent region as the region's first figure names it
 * @param figures the valued figures, every plan, in load order
 * @param values  one value per year and kind ({@link RegionValue}), in the order of their figures
 * @param plans   how many plans the figures come from
 * @param keys    each value's kind and year as one number ({@link #key}), in the order of {@code values}:
 *                {@link #value} finds a value without reading every figure (sums over districts ask
 *                each district's series for a year several times)
 * @param shares  for {@code aggregate.share}: the region's stated shares of its parent's total (most
 *                regions state none)
 * @param crossPlanTargets for {@code cross-plan.order}: every target with every target of a later year in
 *                another plan of the region, where the later number is not above the earlier
 *                ({@link Compare#notAbove})
 * @param baselineTargets for {@code target.below-baseline}: every baseline with every target of a later
 *                year, in any plan of the region, where the target is not above the baseline
 */
public record RegionSeries(String region, Level level, String parent, String indicator,
                           boolean additive, Direction direction, List<Figure> figures,
                           List<RegionValue> values, int plans, int[] keys, List<RegionValue> shares,
                           List<FigurePair> crossPlanTargets, List<FigurePair> baselineTargets) {

    /** The series of a region's valued figures (load order) and their values. */
    public RegionSeries(List<Figure> figures, List<RegionValue> values) {
        this(figures, values, countPlans(figures), byYear(figures, Kind.TARGET));
    }

    private RegionSeries(List<Figure> figures, List<RegionValue> values, int plans, List<Figure> targets) {
        this(figures.get(0).region(), figures.get(0).level(), figures.get(0).parent(), figures.get(0).indicator(),
                figures.get(0).additive(), figures.get(0).direction(), figures, values, plans, keys(values), shares(values),
                plans < 2 ? List.of() : crossPlanTargets(targets), baselineTargets(byYear(figures, Kind.BASELINE), targets));
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

    private static List<RegionValue> shares(List<RegionValue> values) {
        List<RegionValue> out = List.of();
        for (RegionValue v : values) if (v.kind() == Kind.SHARE) out = PlanSeries.add(out, v);
        return out;
    }

    private static List<FigurePair> crossPlanTargets(List<Figure> targets) {
        List<FigurePair> out = List.of();
        for (int a = 0; a < targets.size(); a++) {
            Figure fa = targets.get(a);
            for (int b = PlanSeries.runEnd(targets, a); b < targets.size(); b++) {
                Figure fb = targets.get(b);
                if (!fb.planId().equals(fa.planId()) && Compare.notAbove(fb.value(), fa.value())) out = PlanSeries.add(out, new FigurePair(fa, fb));
            }
        }
        return out;
    }

    private static List<FigurePair> baselineTargets(List<Figure> baselines, List<Figure> targets) {
        List<FigurePair> out = List.of();
        for (Figure b : baselines) {
            for (Figure t : targets) {
                if (t.year() > b.year() && Compare.notAbove(t.value(), b.value())) out = PlanSeries.add(out, new FigurePair(b, t));
            }
        }
        return out;
    }

    private static List<Figure> byYear(List<Figure> figures, Kind kind) {
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) if (f.kind() == kind) out.add(f);
        out.sort(PlanSeries.BY_YEAR);
        return out;
    }
}
