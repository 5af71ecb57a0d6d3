package plancheck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The yardstick: three of plancheck's checks as SQL in DuckDB over the same CSV files, run as its own
 * process so that its start-up counts as plancheck's does. Prints one line per rule, {@code rule count}.
 * The SQL follows the rules' meaning on the contract's rows: indicators resolved through the same
 * catalogue (names and aliases), qualifiers 突破/超过/高于 strictly above, numbers compared as
 * {@code plancheck.engine.Compare} does, a region's value per year the lowest its plans state.
 *
 * <p>{@code DuckDbChecks DIR} (the folder of a generated CSV corpus)
 */
public final class DuckDbChecks {
    /** Near-equality as in Compare: within 1e-9 relative. */
    private static final String NEAR = "abs(%1$s - %2$s) <= 1e-9 * greatest(1, abs(%1$s), abs(%2$s))";

    static final Map<String, String> CHECKS = new LinkedHashMap<>();

    static {
        // A target whose number the document left blank.
        CHECKS.put("target.blank", "SELECT count(*) FROM f WHERE kind = 'target' AND value IS NULL");
        // Within one plan and indicator that should rise, each value with each of the next year that
        // has one (baselines and targets): the later below the earlier, or equal but promised less.
        CHECKS.put("series.monotonic", "WITH r AS (SELECT *, dense_rank() OVER (PARTITION BY plan_id, key ORDER BY y) AS step"
                + " FROM v WHERE direction = 'up' AND kind IN ('target', 'baseline'))"
                + " SELECT count(*) FROM r a JOIN r b ON b.plan_id = a.plan_id AND b.key = a.key AND b.step = a.step + 1"
                + " WHERE (b.val < a.val AND NOT " + String.format(NEAR, "a.val", "b.val") + ")"
                + " OR (" + String.format(NEAR, "a.val", "b.val") + " AND a.strict AND NOT b.strict)");
        // Per region, indicator and year its lowest target; the districts' sum above their city's.
        CHECKS.put("aggregate.city-total", "WITH rv AS (SELECT region, parent, key, y, min(val) AS val,"
                + " arg_min(strict, (val, seq)) AS strict FROM v WHERE kind = 'target' AND additive GROUP BY ALL),"
                + " sums AS (SELECT parent, key, y, sum(val) AS total, sum(strict::INT) AS strict FROM rv GROUP BY ALL)"
                + " SELECT count(*) FROM rv c JOIN sums d ON d.parent = c.region AND d.key = c.key AND d.y = c.y"
                + " WHERE d.total > c.val OR (d.total = c.val AND d.strict > 0 AND NOT c.strict)");
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: DuckDbChecks DIR");
            System.exit(2);
        }
        for (Map.Entry<String, Long> e : run(Path.of(args[0])).entrySet()) System.out.println(e.getKey() + " " + e.getValue());
    }

    /** Each check's count over the CSV files of {@code dir}. */
    static Map<String, Long> run(Path dir) throws IOException, SQLException {
        Path catalogue = Files.createTempFile("indicators", ".csv");
        try (InputStream in = DuckDbChecks.class.getResourceAsStream("/plancheck/indicators.csv")) {
            Files.copy(in, catalogue, StandardCopyOption.REPLACE_EXISTING);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE f AS SELECT row_number() OVER () AS seq, * FROM read_csv('"
                    + dir.toAbsolutePath().resolve("*.csv") + "', header = true, all_varchar = true)");
            s.execute("CREATE TABLE cat AS SELECT * FROM read_csv('" + catalogue + "', header = true, all_varchar = true)");
            s.execute("CREATE TABLE names AS SELECT key, name_zh AS name FROM cat"
                    + " UNION SELECT key, unnest(string_split(aliases, '|')) FROM cat WHERE aliases IS NOT NULL");
            s.execute("CREATE VIEW v AS SELECT f.seq, f.plan_id, f.region, f.parent, f.kind, n.key, f.year::INT AS y,"
                    + " f.value::DOUBLE AS val, coalesce(regexp_matches(f.qualifier, '突破|超过|高于'), false) AS strict,"
                    + " cat.additive = 'true' AS additive, cat.direction FROM f JOIN names n ON n.name = f.indicator"
                    + " JOIN cat ON cat.key = n.key WHERE f.value IS NOT NULL");
            for (Map.Entry<String, String> check : CHECKS.entrySet()) {
                try (ResultSet r = s.executeQuery(check.getValue())) {
                    r.next();
                    counts.put(check.getKey(), r.getLong(1));
                }
            }
        } finally {
            Files.deleteIfExists(catalogue);
        }
        return counts;
    }

    private DuckDbChecks() {
    }
}
