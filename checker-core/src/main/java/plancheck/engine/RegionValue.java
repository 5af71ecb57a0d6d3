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

    /**
     * The values of one region and indicator from its valued figures (in load order): per kind and
     * year the lowest figure (the first loaded among equals); in the order of those figures' ids.
     * A region states a handful of kinds and years, so a scan of the values so far finds each one.
     */
    static List<RegionValue> of(List<Figure> figures) {
        List<Figure> chosen = new ArrayList<>(figures.size());
        boolean replaced = false;
        for (Figure f : figures) {
            int at = indexOf(chosen, f.kind(), f.year());
            if (at < 0) {
                chosen.add(f);
            } else if (Double.compare(f.value(), chosen.get(at).value()) < 0) {
                chosen.set(at, f);
                replaced = true;
            }
        }
        // A later figure that replaced an earlier one is out of id order where the earlier one stood.
        if (replaced) chosen.sort(Comparator.comparingInt(Figure::id));
        RegionValue[] values = new RegionValue[chosen.size()];
        for (int i = 0; i < values.length; i++) values[i] = new RegionValue(chosen.get(i));
        return List.of(values);
    }

    private static int indexOf(List<Figure> chosen, Kind kind, int year) {
        for (int i = 0; i < chosen.size(); i++) {
            if (chosen.get(i).year() == year && chosen.get(i).kind() == kind) return i;
        }
        return -1;
    }
}
