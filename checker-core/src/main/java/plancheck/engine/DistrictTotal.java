package plancheck.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import plancheck.model.Figure;
import plancheck.model.Kind;

/**
 * For {@code aggregate.city-total}, and the HTML report's district bars: a region's target for an
 * additive indicator and year, with its districts' targets for that year (each district once, with
 * the figure of its {@link RegionValue}: the lowest it states) and their sum. One per city target that
 * has at least one district target; built in one pass over the {@link RegionSeries}, so the rule and
 * the report read the same grouping. The check keeps them for the report, so they hold figures only.
 *
 * @param city   the figure of the city's {@link RegionValue} for the year
 * @param parts  the districts' targets, in the order of the districts' series
 * @param strict how many of the parts are strict lower bounds (突破)
 */
public record DistrictTotal(Figure city, List<Figure> parts, double sum, int strict) {

    /** The totals of {@code series} (every region series of a set of figures), in the order of the cities' figures. */
    static List<DistrictTotal> of(List<RegionSeries> series) {
        Map<String, List<RegionSeries>> districts = new HashMap<>();
        for (RegionSeries s : series) {
            if (!s.parent().isEmpty()) districts.computeIfAbsent(s.parent() + '\n' + s.indicator(), k -> new ArrayList<>(4)).add(s);
        }
        List<DistrictTotal> out = new ArrayList<>();
        for (RegionSeries city : series) {
            List<RegionSeries> of = city.additive() ? districts.get(city.region() + '\n' + city.indicator()) : null;
            if (of == null) continue;
            for (RegionValue v : city.values()) {
                if (v.kind() == Kind.TARGET) total(v.figure(), of, out);
            }
        }
        out.sort(Comparator.comparingInt(t -> t.city().id()));
        return out;
    }

    private static void total(Figure city, List<RegionSeries> districts, List<DistrictTotal> out) {
        List<Figure> parts = new ArrayList<>(districts.size());
        double sum = 0;
        int strict = 0;
        // Added from the last district's series to the first: a floating-point sum depends on its order,
        // and reports must not change a digit of the sums they state.
        for (int i = districts.size() - 1; i >= 0; i--) {
            RegionValue t = districts.get(i).target(city.year());
            if (t == null) continue;
            parts.add(t.figure());
            sum += t.value();
            strict += t.strictCount();
        }
        Collections.reverse(parts);
        if (!parts.isEmpty()) out.add(new DistrictTotal(city, List.copyOf(parts), sum, strict));
    }
}
