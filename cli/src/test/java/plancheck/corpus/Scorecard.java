package plancheck.corpus;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import plancheck.model.Figure;
import plancheck.model.Units;

/**
 * Figures read against figures labelled, per document: a read figure matches a gold row when file,
 * line, kind, year and value agree (a blank matches a blank; values compared in the read figure's
 * unit, within {@link #RELATIVE_TOLERANCE}). Each gold row matches at most one figure.
 */
final class Scorecard {
    static final double RELATIVE_TOLERANCE = 1e-6;

    /** One document's tally, with what was missed and what was read beyond the labels. */
    static final class Tally {
        int gold;
        int found;
        int matched;
        final List<String> missed = new ArrayList<>();
        final List<String> extra = new ArrayList<>();

        void add(Tally t) {
            gold += t.gold;
            found += t.found;
            matched += t.matched;
        }

        double recall() {
            return gold == 0 ? 1 : (double) matched / gold;
        }

        double precision() {
            return found == 0 ? 1 : (double) matched / found;
        }
    }

    private final Map<String, Tally> documents = new TreeMap<>();

    /** Scores one document: {@code name} as printed, its gold rows and the figures read from it. */
    void score(String name, List<Labels.Gold> gold, List<Figure> read) {
        Tally t = documents.computeIfAbsent(name, n -> new Tally());
        List<Labels.Gold> open = new ArrayList<>(gold);
        t.gold += gold.size();
        t.found += read.size();
        for (Figure f : read) {
            Labels.Gold hit = null;
            for (Iterator<Labels.Gold> it = open.iterator(); it.hasNext() && hit == null; ) {
                Labels.Gold g = it.next();
                if (matches(g, f)) {
                    hit = g;
                    it.remove();
                }
            }
            if (hit != null) t.matched++;
            else t.extra.add(show(f));
        }
        open.forEach(g -> t.missed.add(g.show()));
    }

    static boolean matches(Labels.Gold g, Figure f) {
        if (g.line() != f.source().line() || g.year() != f.year() || !g.kind().equals(f.kind().code())) return false;
        if (g.value() == null || f.value() == null) return g.value() == null && f.value() == null;
        Double converted = Units.conversion(g.unit(), f.unit()).apply(g.value());
        double expected = converted == null ? g.value() : converted;
        return Math.abs(expected - f.value()) <= RELATIVE_TOLERANCE * Math.max(Math.abs(expected), Math.abs(f.value()));
    }

    Tally overall() {
        Tally all = new Tally();
        documents.values().forEach(all::add);
        return all;
    }

    /** The table: one row per document, then the overall row; then every missed and extra figure. */
    String render() {
        StringBuilder out = new StringBuilder();
        String format = "%-62s %5s %6s %8s %8s %10s%n";
        out.append(String.format(Locale.ROOT, format, "document", "gold", "found", "matched", "recall", "precision"));
        documents.forEach((name, t) -> out.append(row(format, name, t)));
        out.append(row(format, "overall", overall()));
        documents.forEach((name, t) -> {
            t.missed.forEach(m -> out.append("missed ").append(name).append(": ").append(m).append('\n'));
            t.extra.forEach(e -> out.append("extra  ").append(name).append(": ").append(e).append('\n'));
        });
        return out.toString();
    }

    private static String row(String format, String name, Tally t) {
        return String.format(Locale.ROOT, format, name, t.gold, t.found, t.matched, percent(t.gold, t.recall()),
                percent(t.found, t.precision()));
    }

    private static String percent(int of, double ratio) {
        return of == 0 ? "—" : String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    static String show(Figure f) {
        return Labels.fileName(f.source().file()) + ":" + f.source().line() + " " + f.kind().code() + " " + f.year()
                + " " + (f.value() == null ? "blank" : num(f.value())) + " " + f.unit() + " " + f.indicatorText()
                + " «" + f.source().quote() + "»";
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
