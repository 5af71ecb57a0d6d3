package plancheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import plancheck.model.Direction;
import plancheck.model.Figure;
import plancheck.model.Kind;
import plancheck.model.Level;
import plancheck.model.Qualifier;

/**
 * One region's value for an indicator, year and kind, however many figures state it (a plan's body
 * and annex table, or two plans). Built in Java before the rules run so that sums over districts
 * count each district once; where figures disagree the lowest is kept, so a sum never overstates.
 *
 * <p>A value is the figure chosen to stand for its region, year and kind, so everything it says is
 * read from that figure (rules use it the same way: {@code parent == $p, year == $y}); a corpus has
 * almost as many values as figures, so it holds nothing else.
 *
 * @param figure the figure the value comes from (also the finding's location)
 */
public record RegionValue(Figure figure) {
    /** The id of the figure: unique, stable across runs; lets a rule pick one value of a group. */
    public int seq() {
        return figure.id();
    }

    public Kind kind() {
        return figure.kind();
    }

    public int year() {
        return figure.year();
    }

    /** The number (a region value always has one: blank figures give none). */
    public double value() {
        return figure.value();
    }

    public String region() {
        return figure.region();
    }

    public Level level() {
        return figure.level();
    }

    public String parent() {
        return figure.parent();
    }

    public String indicator() {
        return figure.indicator();
    }

    public boolean additive() {
        return figure.additive();
    }

    public Direction direction() {
        return figure.direction();
    }

    public Qualifier qualifier() {
        return figure.qualifier();
    }

    /** 1 when the value is a strict lower bound (突破), for counting such parts in a sum. */
    public int strictCount() {
        return figure.qualifier().strict() ? 1 : 0;
    }

    static final Comparator<Figure> BY_KIND_YEAR = (a, b) -> {
        int c = a.kind().compareTo(b.kind());
        if (c == 0) c = Integer.compare(a.year(), b.year());
        if (c == 0) c = Double.compare(a.value(), b.value());
        return c != 0 ? c : Integer.compare(a.id(), b.id());
    };

    /**
     * The values of one region and indicator from its valued figures: per kind and year the lowest
     * figure (the first loaded among equals); in the order of those figures' ids.
     */
    static List<RegionValue> of(List<Figure> figures) {
        List<Figure> sorted = new ArrayList<>(figures);
        sorted.sort(BY_KIND_YEAR);
        List<RegionValue> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Figure f = sorted.get(i);
            if (i > 0 && sorted.get(i - 1).kind() == f.kind() && sorted.get(i - 1).year() == f.year()) continue;
            out.add(new RegionValue(f));
        }
        out.sort(Comparator.comparingInt(RegionValue::seq));
        return List.copyOf(out);
    }
}
