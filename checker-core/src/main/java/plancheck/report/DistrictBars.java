package plancheck.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import plancheck.engine.DistrictTotal;
import plancheck.engine.Severity;
import plancheck.model.Figure;
import plancheck.model.Num;

/**
 * District targets against their city's: for each additive indicator and year with a city target
 * and at least one district target ({@link DistrictTotal}, the grouping {@code aggregate.city-total}
 * matches), one bar of the districts' shares of the city target and the headroom left.
 */
final class DistrictBars {
    static final int WIDTH = 420;
    static final int HEIGHT = 22;
    private static final String[] PALETTE = {"#5c6bc0", "#26a69a", "#8d6e63", "#7e57c2", "#42a5f5", "#9ccc65"};

    /** One district's value, and the city target it is part of. */
    record Part(String region, Figure figure) {
    }

    record Bar(Figure city, List<Part> parts) {
        double sum() {
            return parts.stream().mapToDouble(p -> p.figure().value()).sum();
        }

        double percent() {
            return sum() / city.value() * 100;
        }
    }

    private DistrictBars() {
    }

    /** A city (or a district's parent), an indicator and a year: one bar. */
    record Key(String region, String indicator, int year) {
    }

    static List<Bar> bars(List<DistrictTotal> totals) {
        return bars(totals, null);
    }

    /**
     * The bars of the engine's district totals with a key in {@code only} ({@code null}: all): of the
     * catalogue's indicators only, with a city target above zero to divide by; districts in the order
     * of their figures.
     */
    static List<Bar> bars(List<DistrictTotal> totals, Set<Key> only) {
        List<Bar> out = new ArrayList<>();
        for (DistrictTotal t : totals) {
            Figure c = t.city();
            if (!c.known() || c.value() <= 0 || only != null && !only.contains(key(c.region(), c))) continue;
            List<Part> parts = new ArrayList<>(t.parts().size());
            for (Figure f : t.parts()) parts.add(new Part(f.region(), f));
            parts.sort(Comparator.comparingInt(p -> p.figure().id()));
            out.add(new Bar(c, parts));
        }
        return out;
    }

    private static Key key(String region, Figure f) {
        return new Key(region, f.indicator(), f.year());
    }

    /** The keys of the bars {@code figures} take part in, as a city target or as a district's. */
    static Set<Key> keysOf(Collection<Figure> figures) {
        Set<Key> keys = new HashSet<>();
        for (Figure f : figures) {
            keys.add(key(f.region(), f));
            if (!f.parent().isEmpty()) keys.add(key(f.parent(), f));
        }
        return keys;
    }

    /** The bar, named by {@code label} for screen readers; it stretches to its cell's width (CSS). */
    static String svg(Bar bar, String label) {
        double total = bar.city().value();
        double pct = bar.percent();
        double scale = Math.max(100, pct);
        double w = WIDTH - 2;
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"bar").append(pct > 100 ? " over" : "").append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"").append(Html.esc(label))
                .append("\" data-indicator=\"").append(Html.esc(bar.city().indicator()))
                .append("\" data-year=\"").append(bar.city().year()).append("\" data-percent=\"")
                .append(Num.fmt1(pct)).append("\">");
        double x = 1;
        int i = 0;
        for (Part p : bar.parts()) {
            double share = p.figure().value() / total * 100;
            double pw = share / scale * w;
            b.append("<rect x=\"").append(Svg.n(x)).append("\" y=\"3\" width=\"").append(Svg.n(pw))
                    .append("\" height=\"16\" fill=\"").append(PALETTE[i++ % PALETTE.length]).append("\"><title>")
                    .append(Html.esc(p.region())).append(": ").append(Num.fmt(p.figure().value()))
                    .append(Html.esc(p.figure().unit())).append(" (").append(Num.fmt1(share)).append("%)</title></rect>");
            x += pw;
        }
        double full = 100 / scale * w + 1;
        if (pct < 100) {
            b.append("<rect class=\"headroom\" x=\"").append(Svg.n(x)).append("\" y=\"3\" width=\"")
                    .append(Svg.n(full - x)).append("\" height=\"16\" fill=\"#eceff1\"/>");
        } else {
            // The part beyond the city's target, over the districts' colours.
            b.append("<rect class=\"overflow\" x=\"").append(Svg.n(full)).append("\" y=\"3\" width=\"")
                    .append(Svg.n(x - full)).append("\" height=\"16\" fill=\"").append(Svg.colour(Severity.ERROR))
                    .append("\"/>");
        }
        b.append("<line x1=\"").append(Svg.n(full)).append("\" y1=\"0\" x2=\"").append(Svg.n(full))
                .append("\" y2=\"").append(HEIGHT).append("\" stroke=\"").append(Svg.INK).append("\" stroke-width=\"1.5\"/>");
        return b.append("</svg>").toString();
    }
}
