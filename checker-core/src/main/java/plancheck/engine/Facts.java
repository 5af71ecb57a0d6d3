package plancheck.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import plancheck.model.Figure;

/**
 * The figures grouped in Java into what the built-in rules match: one {@link PlanSeries} per plan and
 * indicator, one {@link RegionSeries} per region and indicator (with its {@link RegionValue}s), one
 * {@link DistrictTotal} per city target with district targets. One hash-map pass over the figures, then
 * one over the plan series, one over the region series; linear in the number of figures. Groups come
 * out in the order of their first figure, the same on every run.
 */
public record Facts(List<PlanSeries> planSeries, List<RegionSeries> regionSeries, List<DistrictTotal> districtTotals) {

    private record PlanKey(String planId, String indicator) {
    }

    private record RegionKey(String region, String indicator) {
    }

    /** {@code figures} with each indicator's in load order (ascending id); indicators may follow one another. */
    public static Facts of(List<Figure> figures) {
        Map<PlanKey, List<Figure>> plans = new LinkedHashMap<>(figures.size() / 3);
        List<Figure> current = null;
        Figure previous = null;
        for (Figure f : figures) {
            // A plan's rows for an indicator usually come one after another: no lookup for those.
            if (previous == null || !f.planId().equals(previous.planId()) || !f.indicator().equals(previous.indicator())) {
                current = plans.computeIfAbsent(new PlanKey(f.planId(), f.indicator()), k -> new ArrayList<>(8));
            }
            current.add(f);
            previous = f;
        }
        List<PlanSeries> planSeries = new ArrayList<>(plans.size());
        Map<RegionKey, List<Figure>> regions = new LinkedHashMap<>(plans.size());
        for (List<Figure> s : plans.values()) {
            PlanSeries p = new PlanSeries(Collections.unmodifiableList(s));
            planSeries.add(p);
            List<Figure> r = regions.computeIfAbsent(new RegionKey(p.region(), p.indicator()), k -> new ArrayList<>(12));
            for (Figure f : s) if (!f.blank()) r.add(f);
        }
        List<RegionSeries> regionSeries = new ArrayList<>(regions.size());
        for (List<Figure> r : regions.values()) {
            if (r.isEmpty()) continue;
            // Plans were appended one after another: back into load order.
            if (!inLoadOrder(r)) r.sort(Comparator.comparingInt(Figure::id));
            regionSeries.add(new RegionSeries(Collections.unmodifiableList(r), RegionValue.of(r)));
        }
        return new Facts(planSeries, regionSeries, DistrictTotal.of(regionSeries));
    }

    private static boolean inLoadOrder(List<Figure> figures) {
        for (int i = 1; i < figures.size(); i++) if (figures.get(i - 1).id() > figures.get(i).id()) return false;
        return true;
    }

    /** One value per region, indicator, year and kind, as user rules see them. */
    public List<RegionValue> regionValues() {
        List<RegionValue> out = new ArrayList<>();
        for (RegionSeries r : regionSeries) out.addAll(r.values());
        out.sort(Comparator.comparingInt(RegionValue::seq));
        return out;
    }

    public int size() {
        return planSeries.size() + regionSeries.size() + districtTotals.size();
    }
}
