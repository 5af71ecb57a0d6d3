package plancheck.read;

import java.util.List;

/** The column names of the structured input contract, shared by the CSV and JSON readers. */
public final class Columns {
    private Columns() {
    }

    public static final String PLAN_ID = "plan_id", REGION = "region", LEVEL = "level", PARENT = "parent",
            PERIOD_START = "period_start", PERIOD_END = "period_end", INDICATOR = "indicator",
            SCOPE_LABEL = "scope_label", UNIT = "unit", KIND = "kind", YEAR = "year", VALUE = "value",
            QUALIFIER = "qualifier", SOURCE_FILE = "source_file", SOURCE_LINE = "source_line", QUOTE = "quote",
            TITLE = "title";

    /** In the order of the contract; a CSV header lists all of them. */
    public static final List<String> ALL = List.of(PLAN_ID, REGION, LEVEL, PARENT, PERIOD_START, PERIOD_END,
            INDICATOR, SCOPE_LABEL, UNIT, KIND, YEAR, VALUE, QUALIFIER, SOURCE_FILE, SOURCE_LINE, QUOTE);

    /** Columns without which a row means nothing; the others may be left out of the header. */
    public static final List<String> REQUIRED = List.of(PLAN_ID, REGION, LEVEL, PERIOD_START, PERIOD_END,
            INDICATOR, KIND, YEAR, VALUE);

    public static final List<String> PLAN_FIELDS = List.of(PLAN_ID, REGION, LEVEL, PARENT, PERIOD_START, PERIOD_END);
}
