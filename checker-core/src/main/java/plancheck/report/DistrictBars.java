package plancheck.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import plancheck.engine.Severity;
import plancheck.model.Figure;
import plancheck.model.Kind;
import plancheck.model.Num;

/**
 * District targets against their city's: for each additive indicator and year with a city target
 * and at least one district target, one bar of the districts' shares of the city target and the
 * headroom left. Like the aggregate rules, a region stating one target twice counts with its lower
 * value.
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

    static List<Bar> bars(List<Figure> figures) {
        return bars(figures, null);
    }

    /** The bars with a key in {@code only} ({@code null}: all). */
    static List<Bar> bars(List<Figure> figures, Set<Key> only) {
        Map<Key, Figure> cities = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (f.kind() != Kind.TARGET || f.value() == null || f.value() <= 0 || !f.known() || !f.additive()) continue;
            Key k = key(f.region(), f);
            if (only == null || only.contains(k)) cities.merge(k, f, DistrictBars::lower);
        }
        // The districts' targets by parent, indicator and year: one pass, however many city targets.
        Map<Key, Map<String, Figure>> byParent = new java.util.HashMap<>();
        for (Figure f : figures) {
            if (f.kind() != Kind.TARGET || f.value() == null || f.parent().isEmpty()) continue;
            Key k = key(f.parent(), f);
            if (only == null || only.contains(k)) {
                byParent.computeIfAbsent(k, x -> new LinkedHashMap<>()).merge(f.region(), f, DistrictBars::lower);
            }
        }
        List<Bar> out = new ArrayList<>();
        for (Figure c : cities.values()) {
            Map<String, Figure> districts = byParent.get(key(c.region(), c));
            if (districts == null) continue;
            List<Part> parts = new ArrayList<>();
            districts.forEach((r, f) -> parts.add(new Part(r, f)));
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

    private static Figure lower(Figure a, Figure b) {
        return b.value() < a.value() ? b : a;
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
