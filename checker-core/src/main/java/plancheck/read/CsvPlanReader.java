package plancheck.read;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the CSV contract: a header row, then one figure per row; UTF-8 with or without BOM. */
public final class CsvPlanReader implements PlanReader {

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    }

    @Override
    public PlanData read(Path file, String name) {
        RowParser rows = new RowParser(name);
        try (Reader in = Inputs.utf8Reader(file)) {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(false).build();
            CSVParser parser;
            try {
                parser = CSVParser.parse(in, format);
            } catch (IllegalArgumentException e) {
                return PlanData.failed(name, new InputError(name, 1, 0, "bad header: " + e.getMessage()));
            }
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null || header.isEmpty()) {
                return PlanData.failed(name, new InputError(name, 1, 0, "empty file: expected a header row "
                        + String.join(",", Columns.ALL)));
            }
            List<String> missing = new ArrayList<>();
            for (String c : Columns.REQUIRED) if (!header.containsKey(c)) missing.add(c);
            if (!missing.isEmpty()) {
                return PlanData.failed(name, new InputError(name, 1, 0, "header lacks column"
                        + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)));
            }
            List<String> unknown = new ArrayList<>();
            for (String c : header.keySet()) if (!Columns.ALL.contains(c) && !c.equals(Columns.TITLE)) unknown.add(c);
            if (!unknown.isEmpty()) {
                rows.error(1, 0, "header has unknown column" + (unknown.size() > 1 ? "s " : " ")
                        + String.join(", ", unknown) + " (expected " + String.join(",", Columns.ALL) + ")");
            }
            // Rows seen, by a 128-bit digest rather than their text, so the file's text is not kept.
            Set<RowDigest> seen = new HashSet<>();
            var it = parser.iterator();
            while (true) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) break;
                    rec = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    rows.error((int) parser.getCurrentLineNumber(), 0, "malformed CSV: " + rootMessage(e));
                    break;
                }
                // The parser has read up to the end of this record: its line count is the record's line.
                int line = (int) parser.getCurrentLineNumber();
                if (rec.size() != header.size()) {
                    rows.error(line, 0, "row has " + rec.size() + " fields, the header has " + header.size());
                    rows.rejected(1);
                    continue;
                }
                if (!seen.add(RowDigest.of(rec))) {
                    rows.error(line, 0, "duplicate row: the same figure stands on an earlier line");
                    rows.rejected(1);
                    continue;
                }
                rows.row(line, c -> header.containsKey(c) ? rec.get(c) : null);
            }
        } catch (CharacterCodingException e) {
            return PlanData.failed(name, new InputError(name, 0, 0, "not UTF-8 text: save the CSV as UTF-8"));
        } catch (IOException | UncheckedIOException e) {
            return PlanData.failed(name, new InputError(name, 0, 0, "cannot read: " + rootMessage(e)));
        }
        return rows.result();
    }

    /** Two independent 64-bit hashes of a row's fields: a false "duplicate" needs a 128-bit collision. */
    record RowDigest(long a, long b) {
        static RowDigest of(CSVRecord rec) {
            long a = 0xcbf29ce484222325L, b = 1125899906842597L;
            for (int i = 0; i < rec.size(); i++) {
                String f = rec.get(i);
                for (int j = 0; j < f.length(); j++) {
                    char c = f.charAt(j);
                    a = (a ^ c) * 0x100000001b3L;
                    b = 31 * b + c;
                }
                a = (a ^ 0x1F) * 0x100000001b3L; // field separator, so "a,bc" and "ab,c" differ
                b = 31 * b + 0x1F;
                b ^= b >>> 29;
            }
            return new RowDigest(a, b * 0x9E3779B97F4A7C15L);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
