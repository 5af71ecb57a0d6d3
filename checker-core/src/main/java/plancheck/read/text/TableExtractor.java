package plancheck.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plancheck.model.Kind;
import plancheck.model.Num;
import plancheck.read.Unclassified;

/**
 * Reads annex breakdown tables (年度分解表) as text exports lay them out: a header 序号 / label /
 * one column per year, then one row per indicator, either one cell per line with blank lines between
 * rows (as in seeds/001…) or one row per line with cells separated by tabs. Each value cell is one
 * target figure for its column's year, at the line of the cell, labelled with the row's label as
 * written (its 全市/全区 is what the scope rule checks).
 */
final class TableExtractor {
    private static final Pattern YEAR_CELL = Pattern.compile("^(20\\d\\d)\\s*年?$");
    private static final Pattern SERIAL = Pattern.compile("^\\d{1,3}$");
    private static final Pattern CELL_SPLIT = Pattern.compile("\\t+|\\s{2,}");

    private TableExtractor() {
    }

    /**
     * Extracts every table and returns, per line, whether a table used it (so that the prose
     * reader skips it).
     */
    static boolean[] extract(List<String> lines, List<String> shown, Extraction out) {
        boolean[] used = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (used[i]) continue;
            String t = lines.get(i).strip();
            if (t.equals("序号")) {
                i = cellPerLine(lines, shown, i, used, out);
            } else if (t.startsWith("序号") && CELL_SPLIT.split(t).length >= 3) {
                i = rowPerLine(lines, shown, i, used, out);
            }
        }
        return used;
    }

    private static int cellPerLine(List<String> lines, List<String> shown, int start, boolean[] used, Extraction out) {
        List<String> header = new ArrayList<>();
        int i = start;
        while (i < lines.size() && !lines.get(i).isBlank()) header.add(lines.get(i++).strip());
        Integer[] years = years(header);
        if (years == null) return start;
        for (int k = start; k < i; k++) used[k] = true;
        while (true) {
            int j = i;
            while (j < lines.size() && lines.get(j).isBlank()) j++;
            int rowStart = j;
            List<String> cells = new ArrayList<>();
            while (j < lines.size() && !lines.get(j).isBlank()) cells.add(lines.get(j++));
            if (cells.size() != header.size() || !SERIAL.matcher(cells.get(0).strip()).matches()) return i - 1;
            for (int k = i; k < j; k++) used[k] = true;
            String label = cells.get(1).strip();
            for (int c = 2; c < cells.size(); c++) {
                if (years[c] == null) continue;
                cell(out, label, years[c], cells.get(c), shown.get(rowStart + c), rowStart + c + 1);
            }
            i = j;
        }
    }

    private static int rowPerLine(List<String> lines, List<String> shown, int start, boolean[] used, Extraction out) {
        List<String> header = List.of(CELL_SPLIT.split(lines.get(start).strip()));
        Integer[] years = years(header);
        if (years == null) return start;
        used[start] = true;
        int i = start + 1;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            String[] cells = CELL_SPLIT.split(line.strip());
            if (cells.length != header.size() || !SERIAL.matcher(cells[0]).matches()) break;
            used[i] = true;
            int from = 0;
            for (int c = 0; c < cells.length; c++) {
                int at = line.indexOf(cells[c], from);
                from = at + cells[c].length();
                if (c >= 2 && years[c] != null) {
                    cell(out, cells[1], years[c], " ".repeat(at) + cells[c],
                            shown.get(i).substring(at, at + cells[c].length()), i + 1);
                }
            }
        }
        return i - 1;
    }

    /** The year of each header column, or null when the header has no year column. */
    private static Integer[] years(List<String> header) {
        Integer[] years = new Integer[header.size()];
        boolean any = false;
        for (int c = 0; c < header.size(); c++) {
            Matcher m = YEAR_CELL.matcher(header.get(c).strip());
            if (m.matches()) {
                years[c] = Integer.parseInt(m.group(1));
                any = true;
            }
        }
        return any && header.size() >= 3 ? years : null;
    }

    /** One value cell; {@code cell} has the cell at its column, {@code asWritten} is the cell for the quote. */
    private static void cell(Extraction out, String label, int year, String cell, String asWritten, int lineNo) {
        String v = cell.strip();
        int column = cell.indexOf(v) + 1;
        Double value = v.isEmpty() ? null : Num.parse(v);
        if (value == null && !v.isEmpty()) {
            out.unclassified(asWritten.strip(), Unclassified.Reason.TABLE_CELL, List.of(label, String.valueOf(year)),
                    lineNo, column, asWritten);
            return;
        }
        out.figure(label, "", "", Kind.TARGET, year, value, "", lineNo, column, asWritten);
    }
}
