package plancheck.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import plancheck.CheckResult;
import plancheck.engine.Finding;
import plancheck.engine.Severity;
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
    private final List<Figure> touched = new ArrayList<>();
    /** Each finding's message, formatted once however many marks and tips show it (index: number - 1). */
    private final List<String> messages = new ArrayList<>();

    Touches(CheckResult r, Messages m) {
        // Only the sources a finding names are indexed: a corpus has a million figures and a few thousand findings.
        Set<Source> named = new HashSet<>();
        for (Finding f : r.findings()) {
            named.add(f.source());
            named.addAll(f.related());
        }
        Map<Source, List<Figure>> bySource = new HashMap<>();
        for (Figure f : r.figures()) {
            if (named.contains(f.source())) bySource.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(f);
        }
        int n = 0;
        for (Finding f : r.findings()) {
            n++;
            messages.add(m.message(f));
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
        List<Touch> list = byFigure.get(fig.id());
        if (list == null) {
            byFigure.put(fig.id(), list = new ArrayList<>());
            touched.add(fig);
        }
        for (Touch e : list) if (e.number() == t.number()) return;
        list.add(t);
    }

    List<Touch> of(Figure f) {
        return byFigure.getOrDefault(f.id(), List.of());
    }

    /** The figures some finding touches, each once, in the order first touched. */
    List<Figure> touched() {
        return touched;
    }

    /** The touches of several figures (one table cell, one chart point), each finding once, by number. */
    SortedMap<Integer, Touch> of(Collection<Figure> figures) {
        SortedMap<Integer, Touch> all = new TreeMap<>();
        for (Figure f : figures) for (Touch t : of(f)) all.putIfAbsent(t.number(), t);
        return all;
    }

    /** The most serious severity among {@code touches}, or null when there are none. */
    static Severity worst(Collection<Touch> touches) {
        Severity w = null;
        for (Touch t : touches) if (w == null || t.finding().severity().ordinal() < w.ordinal()) w = t.finding().severity();
        return w;
    }

    /** The message of finding {@code number} (1-based, report order). */
    String message(int number) {
        return messages.get(number - 1);
    }

    /** The message of a touch's finding. */
    String message(Touch t) {
        return message(t.number());
    }

    /** One line "[n] message" per touch, for a tooltip (not yet escaped). */
    String tips(Collection<Touch> touches) {
        StringBuilder b = new StringBuilder();
        for (Touch t : touches) {
            if (b.length() > 0) b.append('\n');
            b.append('[').append(t.number()).append("] ").append(message(t));
        }
        return b.toString();
    }
}
