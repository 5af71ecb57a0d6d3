package plancheck.read;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/** Reads the CSV contract: a header row, then one figure per row; UTF-8 with or without BOM. */
public final class CsvPlanReader implements PlanReader {
    private final boolean storeQuotes;

    /** A reader that leaves the quotes of plain CSV files in the file ({@link FileQuote}) until a report asks. */
    public CsvPlanReader() {
        this(true);
    }

    /** @param storeQuotes false to hold every quote in memory (to write every figure out again) */
    public CsvPlanReader(boolean storeQuotes) {
        this.storeQuotes = storeQuotes;
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    }

    @Override
    public PlanData read(Path file, String name) {
        // Large corpora are plain CSV: read from bytes; commons-csv takes every other file, and so
        // gives its messages on malformed ones.
        PlanData plain = CsvScanner.read(file, name, storeQuotes);
        return plain != null ? plain : readGeneral(file, name);
    }

    /** Any CSV, with commons-csv: the messages on malformed files are worded from its complaints. */
    static PlanData readGeneral(Path file, String name) {
        RowParser rows = new RowParser(name, "row");
        try (Reader in = Inputs.utf8Reader(file)) {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(false)
                    .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).build();
            CSVParser parser;
            try {
                parser = CSVParser.parse(in, format);
            } catch (IllegalArgumentException e) {
                return PlanData.failed(name, new InputError(name, 1, 0, "bad header: " + headerProblem(e)));
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
            var it = parser.iterator();
            while (true) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) break;
                    rec = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    if (Inputs.isEncodingProblem(e)) return PlanData.failed(name, Inputs.notUtf8(file, name, "CSV"));
                    InputError bad = malformed(name, e, (int) parser.getCurrentLineNumber() + 1);
                    // The parser cannot resume after this: say so, so no row is lost without a word.
                    rows.error(bad.line(), bad.column(), bad.message() + "; the rest of the file is not read");
                    break;
                }
                // The parser has read up to the end of this record: its line count is the record's line.
                int line = (int) parser.getCurrentLineNumber();
                if (rec.size() != header.size()) {
                    rows.wrongWidth(line, rec.size(), header.size());
                    continue;
                }
                rows.row(line, c -> header.containsKey(c) ? rec.get(c) : null);
            }
        } catch (IOException | UncheckedIOException e) {
            if (Inputs.isEncodingProblem(e)) return PlanData.failed(name, Inputs.notUtf8(file, name, "CSV"));
            if (e.getCause() == null && !(e instanceof java.nio.file.FileSystemException)) {
                // The parser's own IOException while reading the header: the content is bad, not the file.
                return PlanData.failed(name, malformed(name, e, 1));
            }
            return PlanData.failed(name, new InputError(name, 0, 0, "cannot read: " + Inputs.describe(e)));
        }
        return rows.result();
    }

    private static final Pattern START_LINE = Pattern.compile("\\(startline ([\\d,]+)\\)");
    private static final Pattern AT_LINE = Pattern.compile("line:? ?([\\d,]+)");

    /**
     * The parser's complaint in the user's terms, on the line it is about: commons-csv names the
     * line in its message (an unterminated quote by the line it opened on), else {@code fallback}.
     */
    static InputError malformed(String name, Exception e, int fallback) {
        String m = rootMessage(e);
        Matcher start = START_LINE.matcher(m);
        if (start.find() && m.contains("EOF reached before encapsulated token finished")) {
            return new InputError(name, lineOf(start.group(1), fallback), 0,
                    "unterminated quoted field: the '\"' opened on this line is never closed");
        }
        Matcher at = AT_LINE.matcher(m);
        int line = at.find() ? lineOf(at.group(1), fallback) : fallback;
        if (m.startsWith("Invalid char between encapsulated token and delimiter")) {
            return new InputError(name, line, 0, "malformed CSV: text after a closing '\"' (quote the whole field,"
                    + " and write a quote inside it as \"\")");
        }
        return new InputError(name, line, 0, "malformed CSV: " + m.split("\n")[0]);
    }

    private static int lineOf(String digits, int fallback) {
        try {
            return Integer.parseInt(digits.replace(",", ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** commons-csv's header complaints end with advice about its own API; keep the part for users. */
    private static String headerProblem(IllegalArgumentException e) {
        String m = rootMessage(e);
        int cut = m.indexOf(". If this is valid");
        return (cut < 0 ? m : m.substring(0, cut)).split("\n")[0];
    }
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
