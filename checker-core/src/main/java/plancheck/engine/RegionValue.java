package plancheck.engine;

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
 * @param seq    order of creation, stable across runs; lets a rule pick one fact of a group
 * @param figure the figure the value comes from (for the finding's location)
 */
public record RegionValue(int seq, String region, Level level, String parent, String indicator,
                          boolean additive, Direction direction, Kind kind, int year, double value,
                          Qualifier qualifier, Figure figure) {
    /** 1 when the value is a strict lower bound (突破), for counting such parts in a sum. */
    public int strictCount() {
        return qualifier.strict() ? 1 : 0;
    }
}
