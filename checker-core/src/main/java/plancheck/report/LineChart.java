package plancheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import plancheck.engine.Severity;
import plancheck.model.Figure;
import plancheck.model.Kind;
import plancheck.model.Num;

/**
 * A small line chart of one plan's baselines and targets for one indicator across years, as inline
 * SVG. The line runs through one value per year (the first stated); every stated value is a point,
 * blank years are crosses on the axis, and whatever a finding touches is drawn in its colour: the
 * point, and the segment between two points that one finding involves (a dip).
 */
final class LineChart {
    static final int WIDTH = 300;
    static final int HEIGHT = 150;
    private static final double LEFT = 26, RIGHT = 26, TOP = 24, BOTTOM = 30;

    private LineChart() {
    }

    /** Whether the figures span at least two years, so that a line means something. */
    static boolean worthDrawing(List<Figure> series) {
        return series.stream().map(Figure::year).distinct().count() >= 2;
    }

    static String svg(String planId, String indicator, String title, List<Figure> series, Touches touches,
                      Messages m) {
        TreeSet<Integer> years = new TreeSet<>();
        for (Figure f : series) years.add(f.year());
        int y0 = years.first(), y1 = years.last();
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (Figure f : series) {
            if (f.value() == null) continue;
            lo = Math.min(lo, f.value());
            hi = Math.max(hi, f.value());
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        double pad = hi > lo ? (hi - lo) * 0.15 : Math.max(Math.abs(hi) * 0.15, 1);
        final double vlo = lo - pad, vhi = hi + pad;
        double plotW = WIDTH - LEFT - RIGHT, plotH = HEIGHT - TOP - BOTTOM;
        java.util.function.IntToDoubleFunction x = yr -> LEFT + (y1 == y0 ? plotW / 2 : (yr - y0) * plotW / (y1 - y0));
        java.util.function.DoubleUnaryOperator y = v -> TOP + (1 - (v - vlo) / (vhi - vlo)) * plotH;
        double axisY = TOP + plotH + 6;

        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" data-plan=\"").append(Html.esc(planId))
                .append("\" data-indicator=\"").append(Html.esc(indicator)).append("\">");
        b.append("<title>").append(Html.esc(title)).append("</title>");
        b.append("<line x1=\"").append(Svg.n(LEFT - 8)).append("\" y1=\"").append(Svg.n(axisY)).append("\" x2=\"")
                .append(Svg.n(WIDTH - RIGHT + 8)).append("\" y2=\"").append(Svg.n(axisY))
                .append("\" stroke=\"").append(Svg.MUTED).append("\"/>");
        for (int yr : years) {
            b.append("<text x=\"").append(Svg.n(x.applyAsDouble(yr))).append("\" y=\"").append(Svg.n(HEIGHT - 10))
                    .append("\" text-anchor=\"middle\" class=\"year\">").append(yr).append("</text>");
        }

        // One value per year for the line: the first figure stated for it.
        TreeMap<Integer, Figure> line = new TreeMap<>();
        List<Figure> byId = new ArrayList<>(series);
        byId.sort(Comparator.comparingInt(Figure::id));
        for (Figure f : byId) if (f.value() != null) line.putIfAbsent(f.year(), f);
        Figure prev = null;
        for (Figure f : line.values()) {
            if (prev != null) {
                Touches.Touch hit = shared(prev, f, touches);
                b.append("<line x1=\"").append(Svg.n(x.applyAsDouble(prev.year()))).append("\" y1=\"")
                        .append(Svg.n(y.applyAsDouble(prev.value()))).append("\" x2=\"")
                        .append(Svg.n(x.applyAsDouble(f.year()))).append("\" y2=\"")
                        .append(Svg.n(y.applyAsDouble(f.value()))).append('"');
                if (hit == null) {
                    b.append(" stroke=\"").append(Svg.INK).append("\" stroke-width=\"1.5\"/>");
                } else {
                    b.append(" class=\"hit seg sev-").append(hit.finding().severity().code())
                            .append("\" stroke=\"").append(Svg.colour(hit.finding().severity()))
                            .append("\" stroke-width=\"3.5\"><title>").append(Html.esc(touches.message(hit)))
                            .append("</title></line>");
                }
            }
            prev = f;
        }

        // A value stated twice for one year (body and table agreeing) is one point, marked by its worst touch.
        Map<String, List<Figure>> points = new LinkedHashMap<>();
        for (Figure f : byId) points.computeIfAbsent(f.year() + "|" + f.value(), k -> new ArrayList<>()).add(f);
        // Where one year has several values, the lowest is labelled below its point so labels do not collide.
        Map<Integer, Double> lowest = new TreeMap<>();
        Map<Integer, Integer> values = new TreeMap<>();
        for (List<Figure> same : points.values()) {
            Figure f = same.get(0);
            if (f.value() == null) continue;
            lowest.merge(f.year(), f.value(), Math::min);
            values.merge(f.year(), 1, Integer::sum);
        }
        for (List<Figure> same : points.values()) {
            Figure f = same.get(0);
            SortedMap<Integer, Touches.Touch> touching = touches.of(same);
            Severity hit = Touches.worst(touching.values());
            String colour = hit == null ? Svg.INK : Svg.colour(hit);
            String cls = hit == null ? "pt" : "hit pt sev-" + hit.code();
            String tips = touching.isEmpty() ? "" : "\n" + Html.esc(touches.tips(touching.values()));
            double cx = x.applyAsDouble(f.year());
            if (f.value() == null) {
                double s = hit == null ? 4 : 6;
                b.append("<path class=\"").append(cls).append(" blank\" d=\"M").append(Svg.n(cx - s)).append(' ')
                        .append(Svg.n(axisY - s)).append("L").append(Svg.n(cx + s)).append(' ').append(Svg.n(axisY + s))
                        .append("M").append(Svg.n(cx - s)).append(' ').append(Svg.n(axisY + s)).append("L")
                        .append(Svg.n(cx + s)).append(' ').append(Svg.n(axisY - s)).append("\" stroke=\"")
                        .append(colour).append("\" stroke-width=\"2.5\">");
                b.append("<title>").append(f.year()).append(": ").append(Html.esc(m.text("html.blank")))
                        .append(tips).append("</title></path>");
                continue;
            }
            double cy = y.applyAsDouble(f.value());
            boolean target = same.stream().anyMatch(g -> g.kind() == Kind.TARGET);
            b.append("<circle class=\"").append(cls).append(target ? " target" : " baseline").append("\" cx=\"")
                    .append(Svg.n(cx)).append("\" cy=\"").append(Svg.n(cy)).append("\" r=\"")
                    .append(hit == null ? "3.5" : "5.5").append("\" fill=\"").append(target ? colour : "#fff")
                    .append("\" stroke=\"").append(colour).append("\" stroke-width=\"2\"><title>")
                    .append(f.year()).append(": ").append(Num.fmt(f.value())).append(Html.esc(f.unit()))
                    .append(tips).append("</title></circle>");
            boolean below = values.get(f.year()) > 1 && f.value().equals(lowest.get(f.year()));
            b.append("<text x=\"").append(Svg.n(cx)).append("\" y=\"").append(Svg.n(below ? cy + 17 : cy - 9))
                    .append("\" text-anchor=\"middle\" class=\"val\"")
                    .append(hit == null ? "" : " fill=\"" + colour + "\"").append('>')
                    .append(Num.fmt(f.value())).append("</text>");
        }
        return b.append("</svg>").toString();
    }

    /** The most serious finding that touches both figures, or null. */
    private static Touches.Touch shared(Figure a, Figure b, Touches touches) {
        Touches.Touch best = null;
        for (Touches.Touch t : touches.of(b)) {
            for (Touches.Touch u : touches.of(a)) {
                if (t.number() == u.number()
                        && (best == null || t.finding().severity().ordinal() < best.finding().severity().ordinal())) {
                    best = t;
                }
            }
        }
        return best;
    }
}
