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

    /**
     * Cheap and consistent with the record's equals: the rule engine hashes the figures it takes
     * from a series once per match, and the record's own hash would walk every field (the quote too).
     */
    @Override
    public int hashCode() {
        int h = 31 * id + year;
        h = 31 * h + (kind == null ? 0 : kind.ordinal());
        h = 31 * h + (planId == null ? 0 : planId.hashCode());
        return 31 * h + (source == null ? 0 : source.line());
    }

    /**
     * The level the scope word speaks of (全市 = city, 全区/区内/新区 = district, but 全区 of an
     * autonomous region its own level); null for none.
     */
    public Level scopeLevel() {
        return Scopes.levelOf(scope, region, level);
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

    /** The same figure at another place (a document reader's provenance). */
    public Figure withSource(Source s) {
        return new Figure(id, planId, region, level, parent, indicator, indicatorText, known,
                additive, direction, unit, scope, kind, year, value, qualifier, qualifierText, s);
    }

    public Figure withId(int newId) {
        return new Figure(newId, planId, region, level, parent, indicator, indicatorText, known,
                additive, direction, unit, scope, kind, year, value, qualifier, qualifierText, source);
    }
}
