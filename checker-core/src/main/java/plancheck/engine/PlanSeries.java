package plancheck.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import plancheck.model.Direction;
import plancheck.model.Figure;
import plancheck.model.Kind;
import plancheck.model.Level;

/**
 * One plan's figures for one indicator: the fact the rules about a single plan match. A corpus has
 * about one series per six figures, and each is one fact, so the Rete network holds a sixth of the
 * facts it would with one per figure and no join between figures is ever made; the pairs worth
 * comparing are built here, from the series' structure, in time linear in its length (sorted runs,
 * never all pairs), and the rules decide which pairs are findings.
 *
 * @param figures the series in load order (blank figures and shares included)
 * @param blanks  how many figures have no number: lets a rule skip the series that have none
 * @param repeats how many valued figures state a kind and year an earlier one of the series already
 *                states (a table and the text both giving 2025's target): the series worth pairing by year
 * @param falls   how many of the {@link #steps} do not rise, the later value at or below the earlier
 *                ({@link Compare#notAbove}, numbers alone): a series with none cannot dip, qualifiers or
 *                not, and rules skip it without building its steps (most series never dip)
 * @param misscoped how many figures (shares left out) carry a scope word for another level than their
 *                plan's (全市 in a district's plan): the series whose {@link #labels} are worth a look
 */
public record PlanSeries(String planId, String region, Level level, String indicator, boolean known,
                         Direction direction, List<Figure> figures, int blanks, int repeats, int falls,
                         int misscoped) {

    /** By year; the sort is stable and series are in load order, so load order within a year is kept. */
    static final Comparator<Figure> BY_YEAR = (a, b) -> Integer.compare(a.year(), b.year());

    /** The series of {@code figures} (one plan, one indicator, load order), which it keeps, not copies. */
    public PlanSeries(List<Figure> figures) {
        this(figures.get(0).planId(), figures.get(0).region(), figures.get(0).level(), figures.get(0).indicator(),
                figures.get(0).known(), figures.get(0).direction(), figures, countBlanks(figures),
                countRepeats(figures), falls(pair -> forEachStep(valued(figures, null), pair)),
                countMisscoped(figures));
    }

    /**
     * How many of the pairs that {@code pairs} hands its argument do not rise (second not above first):
     * one count for every kind of pair a series offers.
     */
    static int falls(Consumer<BiConsumer<Figure, Figure>> pairs) {
        int[] n = {0};
        pairs.accept((a, b) -> {
            if (Compare.notAbove(b.value(), a.value())) n[0]++;
        });
        return n[0];
    }

    private static int countRepeats(List<Figure> figures) {
        // Kind and year as one sortable key; equal neighbours after sorting are the repeats.
        long[] keys = new long[figures.size()];
        int n = 0;
        for (Figure f : figures) if (!f.blank()) keys[n++] = ((long) f.kind().ordinal() << 32) | (f.year() & 0xffffffffL);
        Arrays.sort(keys, 0, n);
        int repeats = 0;
        for (int i = 1; i < n; i++) if (keys[i] == keys[i - 1]) repeats++;
        return repeats;
    }

    private static int countMisscoped(List<Figure> figures) {
        int n = 0;
        for (Figure f : figures) {
            if (f.kind() == Kind.SHARE) continue;
            Level scope = f.scopeLevel();
            if (scope != null && scope != f.level()) n++;
        }
        return n;
    }

    private static int countBlanks(List<Figure> figures) {
        int n = 0;
        for (Figure f : figures) if (f.blank()) n++;
        return n;
    }

    /** The figures that leave their number blank. */
    public List<Figure> blankFigures() {
        List<Figure> out = new ArrayList<>(blanks);
        for (Figure f : figures) if (f.blank()) out.add(f);
        return out;
    }

    /**
     * The first figure of each way the series labels itself (indicator as written and scope word),
     * shares left out: a table row is one label however many years it has.
     */
    public List<Figure> labels() {
        List<Figure> out = new ArrayList<>(2);
        for (Figure f : figures) {
            if (f.kind() != Kind.SHARE && !hasLabel(out, f)) out.add(f);
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

    /**
     * Each valued figure (baselines and targets, not shares) with each of the next year that has a
     * value: comparing neighbours finds every step of the series once.
     */
    public List<FigurePair> steps() {
        List<Figure> line = valued(figures, null);
        List<FigurePair> out = new ArrayList<>(line.size());
        forEachStep(line, (a, b) -> out.add(new FigurePair(a, b)));
        return out;
    }

    /** Each figure of {@code line} (valued, by year) with each figure of the next year in it. */
    private static void forEachStep(List<Figure> line, BiConsumer<Figure, Figure> step) {
        for (int start = 0, end; start < line.size(); start = end) {
            end = runEnd(line, start);
            int next = runEnd(line, end);
            for (int a = start; a < end; a++) {
                for (int b = end; b < next; b++) step.accept(line.get(a), line.get(b));
            }
        }
    }

    /** Every two valued figures of {@code kind} for the same year, the earlier-loaded first. */
    public List<FigurePair> sameYear(Kind kind) {
        List<Figure> line = valued(figures, kind);
        List<FigurePair> out = new ArrayList<>(0);
        int start = 0;
        while (start < line.size()) {
            int end = runEnd(line, start);
            for (int a = start; a < end; a++) {
                for (int b = a + 1; b < end; b++) out.add(new FigurePair(line.get(a), line.get(b)));
            }
            start = end;
        }
        return out;
    }

    /** Valued figures of {@code kind} (null: baselines and targets), by year, then load order (figures are in load order). */
    private static List<Figure> valued(List<Figure> figures, Kind kind) {
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            if (!f.blank() && (kind == null ? f.kind() != Kind.SHARE : f.kind() == kind)) out.add(f);
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
}
