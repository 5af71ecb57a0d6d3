package plancheck.read;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the CSV contract: a header row, then one figure per row; UTF-8 with or without BOM.
 * FastCSV parses (RFC 4180: quoted fields may hold delimiters, line breaks and doubled quotes;
 * empty lines are skipped), the strict decoder of {@link Inputs#utf8Reader} checks the bytes.
 */
public final class CsvPlanReader implements PlanReader {
    /** Strict quoting: a quote never closed, or text after a closing quote, is an error, not a guess. */
    private static final CsvReader.CsvReaderBuilder CSV = CsvReader.builder().allowUnclosedQuote(false)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE);

    @Override
    public boolean accepts(Path file) {
        return Inputs.name(file).toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    @Override
    public PlanData read(Path file, String name) {
        RowParser rows = new RowParser(name, "row");
        CsvRows handler = new CsvRows(rows);
        try (Reader in = Inputs.utf8Reader(file); CsvReader<CsvRows> csv = CSV.build(handler, in)) {
            Iterator<CsvRows> records = csv.iterator();
            int width;
            try {
                if (!records.hasNext()) {
                    return PlanData.failed(name, new InputError(name, 1, 0, "empty file: expected a header row "
                            + String.join(",", Columns.ALL)));
                }
                List<String> header = records.next().header();
                String problem = headerProblem(header);
                if (problem != null) return PlanData.failed(name, new InputError(name, 1, 0, problem));
                handler.columns(columns(header, rows));
                width = header.size();
            } catch (CsvParseException e) {
                return PlanData.failed(name, malformed(name, e));
            }
            while (true) {
                CsvRows rec;
                try {
                    if (!records.hasNext()) break;
                    rec = records.next();
                } catch (CsvParseException e) {
                    InputError bad = malformed(name, e);
                    // The parser cannot resume after this: say so, so no row is lost without a word.
                    rows.error(bad.line(), 0, bad.message() + "; the rest of the file is not read");
                    break;
                }
                if (rec.fieldCount() != width) rows.wrongWidth(rec.line(), rec.fieldCount(), width);
                else rows.row(rec.line(), rec.fields, rec.hashes);
            }
        } catch (IOException | UncheckedIOException e) {
            if (Inputs.isEncodingProblem(e)) return PlanData.failed(name, Inputs.notUtf8(file, name, "CSV"));
            return PlanData.failed(name, new InputError(name, 0, 0, "cannot read: " + Inputs.describe(e)));
        }
        return rows.result();
    }

    /** Duplicate, missing or nameless columns, in words; null for a header that will do. */
    private static String headerProblem(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            String c = header.get(i);
            if (c.isBlank()) return "bad header: A header name is missing in " + header;
            if (header.subList(0, i).contains(c)) {
                return "bad header: The header contains a duplicate name: \"" + c + "\" in " + header;
            }
        }
        List<String> missing = new ArrayList<>();
        for (String c : Columns.REQUIRED) if (!header.contains(c)) missing.add(c);
        if (missing.isEmpty()) return null;
        return "header lacks column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing);
    }

    /** Each header field's column by {@link RowParser#columnIndex}; unknown columns are reported and left out. */
    private static int[] columns(List<String> header, RowParser rows) {
        int[] columns = new int[header.size()];
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            String c = header.get(i);
            columns[i] = Columns.ALL.contains(c) || c.equals(Columns.TITLE) ? RowParser.columnIndex(c) : -1;
            if (columns[i] < 0) unknown.add(c);
        }
        if (!unknown.isEmpty()) {
            rows.error(1, 0, "header has unknown column" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + " (expected " + String.join(",", Columns.ALL) + ")");
        }
        return columns;
    }

    private static final Pattern AT_LINE = Pattern.compile("\\(record starting at line (\\d+)\\)");

    /** FastCSV's complaint in the user's terms, on the line of the record it is about. */
    static InputError malformed(String name, CsvParseException e) {
        String m = String.valueOf(e.getMessage());
        Matcher at = AT_LINE.matcher(m);
        int line = at.find() ? Integer.parseInt(at.group(1)) : 0;
        if (m.startsWith("Unclosed quoted field")) {
            return new InputError(name, line, 0, "unterminated quoted field: the '\"' opened on this line is never closed");
        }
        if (m.startsWith("Unexpected character after closing quote")) {
            return new InputError(name, line, 0, "malformed CSV: text after a closing '\"' (quote the whole field,"
                    + " and write a quote inside it as \"\")");
        }
        return new InputError(name, line, 0, "malformed CSV: " + m.split("\n")[0]);
    }
}
