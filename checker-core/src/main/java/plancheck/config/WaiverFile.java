package plancheck.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import plancheck.Checker;
import plancheck.engine.RuleCatalogue;
import plancheck.engine.Waiver;
import plancheck.model.IndicatorCatalogue;

/**
 * Reads a waiver file: CSV (UTF-8, BOM allowed) with the header {@code rule,region,indicator,year,reason},
 * one accepted finding per row. {@code indicator} is the catalogue key or any spelling the catalogue
 * knows (有效发明专利, invention-patents); an empty {@code year} covers every year; {@code reason} is
 * free text for the reader of the report. Lines starting with {@code #} are comments.
 */
public final class WaiverFile {
    private static final List<String> HEADER = List.of("rule", "region", "indicator", "year", "reason");

    private WaiverFile() {
    }

    public static List<Waiver> read(Path file, RuleCatalogue rules, IndicatorCatalogue indicators)
            throws ConfigException {
        String name = Checker.display(file);
        String text = SettingsText.read(file, name, "waiver file");
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).build();
        List<Waiver> out = new ArrayList<>();
        try (Reader in = new StringReader(text); CSVParser csv = format.parse(in)) {
            for (String col : HEADER.subList(0, 4)) {
                if (!csv.getHeaderMap().containsKey(col)) {
                    throw new ConfigException(name + ":1: the header must be " + String.join(",", HEADER)
                            + " (missing '" + col + "')");
                }
            }
            for (CSVRecord r : csv) {
                long line = r.getParser().getCurrentLineNumber();
                String at = name + ":" + line + ": ";
                String rule = r.get("rule");
                if (rules.get(rule).isEmpty()) throw new ConfigException(at + "unknown rule id '" + rule + "'");
                String region = r.get("region");
                String indicatorText = r.get("indicator");
                if (region.isEmpty() || indicatorText.isEmpty()) {
                    throw new ConfigException(at + "a waiver needs a region and an indicator");
                }
                String indicator = indicators.byKey(indicatorText).or(() -> indicators.resolve(indicatorText))
                        .map(i -> i.key()).orElse(indicatorText);
                Integer year = null;
                String y = r.get("year");
                if (!y.isEmpty()) {
                    try {
                        year = Integer.valueOf(y);
                    } catch (NumberFormatException e) {
                        throw new ConfigException(at + "year must be a number or empty (every year), not '" + y + "'");
                    }
                }
                String reason = r.isMapped("reason") && r.isSet("reason") ? r.get("reason") : "";
                out.add(new Waiver(rule, region, indicator, year, reason, name, (int) line));
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new ConfigException(name + ": not a valid waiver CSV: " + e.getMessage());
        }
        return out;
    }
}
