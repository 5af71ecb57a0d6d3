package plancheck.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import plancheck.CheckResult;
import plancheck.engine.Finding;
import plancheck.model.Figure;
import plancheck.model.Source;

/**
 * Which figures each finding is about. A finding keeps its figure's source, not the figure, so a
 * figure is the one at that source with the finding's plan, indicator and year (several figures may
 * share a source line); the figures at the finding's related sources with the same indicator are
 * touched too (the other side of a disagreement, the districts of a sum).
 */
final class Touches {
    /** Finding number {@code number} (1-based, report order) touches a figure, as its subject or as related. */
    record Touch(int number, Finding finding, boolean primary) {
    }

    private final Map<Integer, List<Touch>> byFigure = new HashMap<>();

    Touches(CheckResult r) {
        Map<Source, List<Figure>> bySource = new HashMap<>();
        for (Figure f : r.figures()) bySource.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(f);
        int n = 0;
        for (Finding f : r.findings()) {
            n++;
            for (Figure fig : bySource.getOrDefault(f.source(), List.of())) {
                if (fig.planId().equals(f.planId()) && fig.indicator().equals(f.indicator())
                        && (f.year() == null || f.year() == fig.year())) {
                    add(fig, new Touch(n, f, true));
                }
            }
            for (Source s : f.related()) {
                for (Figure fig : bySource.getOrDefault(s, List.of())) {
                    if (fig.indicator().equals(f.indicator())) add(fig, new Touch(n, f, false));
                }
            }
        }
    }

    private void add(Figure fig, Touch t) {
        List<Touch> list = byFigure.computeIfAbsent(fig.id(), k -> new ArrayList<>());
        for (Touch e : list) if (e.number() == t.number()) return;
        list.add(t);
    }

    List<Touch> of(Figure f) {
        return byFigure.getOrDefault(f.id(), List.of());
    }

    /** The most serious touch of a figure, or null. */
    Touch worst(Figure f) {
        Touch w = null;
        for (Touch t : of(f)) {
            if (w == null || t.finding().severity().ordinal() < w.finding().severity().ordinal()
                    || (t.primary() && !w.primary() && t.finding().severity() == w.finding().severity())) {
                w = t;
            }
        }
        return w;
    }
}
