package plancheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import plancheck.model.Direction;
import plancheck.model.Figure;
import plancheck.model.Kind;
import plancheck.model.Level;

/**
 * One plan's figures for one indicator: the fact the rules about a single plan match. A corpus has
 * about one series per six figures, and each is one fact, so the Rete network holds a sixth of the
 * facts it would with one per figure and no join between figures is ever made. Each rule has its own
 * list of candidates (the figures or pairs worth its test), built once with the series from its
 * structure in time linear in its length (sorted runs, never all pairs) and empty for the many series
 * that have none, so a rule passes over those before Drools builds anything for them; the rule's DRL
 * decides which candidates are findings.
 *
 * @param figures           the series in load order (blank figures and shares included)
 * @param blankTargets      for {@code target.blank}: the targets that leave their number blank
 * @param misscopedLabels   for {@code scope.label}: the first figure of each way the series labels itself
 *                          (indicator as written and scope word) whose scope word names another level than
 *                          the plan's; shares are left out (a share is a part of the parent's total, so its
 *                          全市 is right), and a table row is one label however many years it has
 * @param monotonicSteps    for {@code series.monotonic}: each valued figure (baselines and targets, not
 *                          shares) with each of the next year that has a value, where the later number is
 *                          not above the earlier ({@link Compare#notAbove}): comparing neighbours finds
 *                          every dip once
 * @param sameYearTargets   for {@code table.body-mismatch}: every two valued targets for the same year,
 *                          the earlier-loaded first
 * @param sameYearBaselines for {@code baseline.conflict}: every two valued baselines for the same year
 */
public record PlanSeries(String planId, String region, Level level, String indicator, boolean known,
                         Direction direction, List<Figure> figures, List<Figure> blankTargets,
                         List<Figure> misscopedLabels, List<FigurePair> monotonicSteps,
                         List<FigurePair> sameYearTargets, List<FigurePair> sameYearBaselines) {

    /** By year; the sort is stable and series are in load order, so load order within a year is kept. */
    static final Comparator<Figure> BY_YEAR = (a, b) -> Integer.compare(a.year(), b.year());

    /** The series of {@code figures} (one plan, one indicator, load order), which it keeps, not copies. */
    public PlanSeries(List<Figure> figures) {
        this(figures, valued(figures));
    }

    private PlanSeries(List<Figure> figures, List<Figure> line) {
        this(figures.get(0).planId(), figures.get(0).region(), figures.get(0).level(), figures.get(0).indicator(),
                figures.get(0).known(), figures.get(0).direction(), figures, blankTargets(figures),
                misscopedLabels(figures), monotonicSteps(line), sameYear(line, Kind.TARGET), sameYear(line, Kind.BASELINE));
    }

    private static List<Figure> blankTargets(List<Figure> figures) {
        List<Figure> out = List.of();
        for (Figure f : figures) {
            if (f.blank() && f.kind() == Kind.TARGET) out = add(out, f);
        }
        return out;
    }

    private static List<Figure> misscopedLabels(List<Figure> figures) {
        List<Figure> out = List.of();
        for (Figure f : figures) {
            if (f.kind() != Kind.SHARE && f.scopeLevel() != null && f.scopeLevel() != f.level() && !hasLabel(out, f)) {
                out = add(out, f);
            }
        }
        return out;
    }

    /** A series has one or two labels (a table row and the body text), so a scan beats a hash set. */
    private static boolean hasLabel(List<Figure> labels, Figure f) {
        for (Figure l : labels) {
            if (l.indicatorText().equals(f.indicatorText()) && l.scope().equals(f.scope())) return true;
        }
        return false;
    }

    private static List<FigurePair> monotonicSteps(List<Figure> line) {
        List<FigurePair> out = List.of();
        for (int start = 0, end; start < line.size(); start = end) {
            end = runEnd(line, start);
            int next = runEnd(line, end);
            for (int a = start; a < end; a++) {
                for (int b = end; b < next; b++) {
                    if (Compare.notAbove(line.get(b).value(), line.get(a).value())) out = add(out, new FigurePair(line.get(a), line.get(b)));
                }
            }
        }
        return out;
    }

    private static List<FigurePair> sameYear(List<Figure> line, Kind kind) {
        List<FigurePair> out = List.of();
        for (int start = 0, end; start < line.size(); start = end) {
            end = runEnd(line, start);
            for (int a = start; a < end; a++) {
                for (int b = a + 1; b < end; b++) {
                    if (line.get(a).kind() == kind && line.get(b).kind() == kind) out = add(out, new FigurePair(line.get(a), line.get(b)));
                }
            }
        }
        return out;
    }

    /** Valued baselines and targets, by year, then load order (figures are in load order). */
    private static List<Figure> valued(List<Figure> figures) {
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            if (!f.blank() && f.kind() != Kind.SHARE) out.add(f);
        }
        out.sort(BY_YEAR);
        return out;
    }

    /** The end (exclusive) of the run of one year that starts at {@code start}. */
    static int runEnd(List<Figure> byYear, int start) {
        int end = start;
        while (end < byYear.size() && byYear.get(end).year() == byYear.get(start).year()) end++;
        return end;
    }

    /** {@code list} with {@code item} added: the shared empty list until a series has a first candidate. */
    static <T> List<T> add(List<T> list, T item) {
        List<T> out = list.isEmpty() ? new ArrayList<>(2) : list;
        out.add(item);
        return out;
    }
}
