package plancheck.model;

/**
 * One number a plan states (or leaves blank), with the plan's region denormalised onto it so that
 * rules can join figures on plain equality ({@code region == $r}), which Drools indexes.
 *
 * @param id        position in the load order; unique within one check and stable across runs
 * @param indicator catalogue key, or the words as written when the catalogue does not know them
 * @param indicatorText the indicator as written in the source
 * @param known     whether the catalogue knows the indicator
 * @param scope     the scope word the source puts before the indicator (全市, 全区, 区内, 全社会 ...), or ""
 * @param value     the number, in the catalogue's unit; null when the document left it blank
 */
public record Figure(int id, String planId, String region, Level level, String parent,
                     String indicator, String indicatorText, boolean known, boolean additive,
                     Direction direction, String unit, String scope, Kind kind, int year,
                     Double value, Qualifier qualifier, String qualifierText, Source source) {

    public Figure {
        parent = parent == null ? "" : parent;
        scope = scope == null ? "" : scope;
        unit = unit == null ? "" : unit;
        qualifierText = qualifierText == null ? "" : qualifierText;
        qualifier = qualifier == null ? Qualifier.parse(qualifierText) : qualifier;
        direction = direction == null ? Direction.NONE : direction;
    }

    /** The level the scope word speaks of (全市 = city, 全区/区内/新区 = district); null for none. */
    public Level scopeLevel() {
        return Scopes.levelOf(scope);
    }

    public boolean blank() {
        return value == null;
    }

    /** The same figure with the catalogue's reading of its indicator and its value in the catalogue unit. */
    public Figure resolved(int newId, Indicator ind, Double convertedValue) {
        return new Figure(newId, planId, region, level, parent, ind.key(), indicatorText, true,
                ind.additive(), ind.direction(), ind.unit(), scope, kind, year, convertedValue,
                qualifier, qualifierText, source);
    }

    public Figure withId(int newId) {
        return new Figure(newId, planId, region, level, parent, indicator, indicatorText, known,
                additive, direction, unit, scope, kind, year, value, qualifier, qualifierText, source);
    }
}
