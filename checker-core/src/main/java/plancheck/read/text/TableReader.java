package plancheck.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plancheck.model.Kind;
import plancheck.model.Num;
import plancheck.model.Vocabulary;
import plancheck.read.Unclassified.Reason;
import plancheck.read.document.Document.Cell;
import plancheck.read.document.Document.Table;

/**
 * Reads the figures of an indicator table (主要指标表, 年度分解表), whatever its format gave: the
 * header rows name each column — a year, a base (基期, 基数, 现状值) or target (目标值) column, the
 * label (指标), its unit (单位), or a column of no figures (序号, 属性, 备注, 年均增长) — and every value
 * cell of a row becomes one figure of the row's label, at the cell's place. The label keeps its
 * scope word (a 全市 row in a district plan is what the scope rule checks).
 */
final class TableReader {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)\\s*年?");
    private static final Pattern YEAR_ROW = Pattern.compile("^((?:19|20)\\d\\d)\\s*年?(?![\\d—\\-－–~至])");
    private static final Vocabulary WORDS = Vocabulary.standard();
    private static final Pattern BASE = words("base-columns");
    private static final Pattern GOAL = words("goal-columns");
    private static final Pattern GROWTH = words("growth-columns");
    private static final Pattern NOT_GROWTH = words("value-columns");
    private static final Pattern GROWTH_ROW = words("growth-rows");
    private static final Pattern LABEL_HEAD = words("label-columns");
    private static final Pattern EMPTY = Pattern.compile("^(|[—\\-－–─/／…、]+|" + WORDS.alternation("empty-cells") + ")$");
    private static final Pattern SUB_ROW = Pattern.compile("^(" + WORDS.alternation("sub-rows") + ")[:：]?");
    private static final Pattern RANGE = Pattern.compile("^\\d+(?:\\.\\d+)?\\s*[%％]?\\s*[—\\-－–~～至到]+\\s*\\d+(?:\\.\\d+)?\\s*[%％]?$");
    /** A cell's value with what may stand around it: ≥70, 40以上, 约5, 1.47万, 3.5%. */
    private static final Pattern VALUE = Pattern.compile(
            "^(" + WORDS.alternation("cell-qualifiers") + ")?\\s*(\\d+(?:\\.\\d+)?)\\s*([万亿]?)\\s*(" + NumberLexer.UNIT + ")?\\s*("
            + WORDS.alternation("after-number") + ")?$");
    private static final Pattern GROUP_ROW = Pattern.compile("^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+)");

    private enum Col { SERIAL, LABEL, UNIT, VALUE, GROWTH, OTHER }

    private TableReader() {
    }

    /** @param caption the paragraph right before the table (its title, as a rule), or "" */
    static void read(Table table, String caption, Extraction out) {
        List<List<Cell>> rows = table.rows();
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        int headers = 0;
        while (headers < rows.size() && !hasValue(rows.get(headers))) headers++;
        if (headers == 0 || headers == rows.size() || width < 2) {
            strays(rows, 0, out);
            return;
        }
        String[] head = new String[width];
        for (int c = 0; c < width; c++) {
            StringBuilder b = new StringBuilder();
            for (int r = 0; r < headers; r++) {
                List<Cell> row = rows.get(r);
                String t = c < row.size() ? clean(row.get(c).text()) : "";
                if (!t.isEmpty() && b.indexOf(t) < 0) b.append(t);
            }
            head[c] = b.toString();
        }
        Col[] cols = new Col[width];
        Kind[] kinds = new Kind[width];
        int[] years = new int[width];
        int label = -1;
        PlanMetadata plan = out.plan();
        for (int c = 0; c < width; c++) {
            String h = head[c];
            Matcher y = YEAR.matcher(h);
            boolean year = y.find();
            if (WORDS.words("skip-columns").contains(h)) {
                cols[c] = c == 0 ? Col.SERIAL : Col.OTHER;
            } else if (WORDS.words("unit-columns").contains(h)) {
                cols[c] = Col.UNIT;
            } else if (!year && label < 0 && LABEL_HEAD.matcher(h).find() && !h.endsWith("值")) {
                cols[c] = Col.LABEL;
                label = c;
            } else if (GROWTH.matcher(h).find() && !NOT_GROWTH.matcher(h).find()) {
                cols[c] = Col.GROWTH;
            } else if (year || BASE.matcher(h).find() || GOAL.matcher(h).find()) {
                cols[c] = Col.VALUE;
                boolean base = BASE.matcher(h).find();
                boolean goal = GOAL.matcher(h).find() && !base;
                int yr = year ? Integer.parseInt(y.group(1)) : base ? plan.start() - 1 : plan.end();
                if (!year && !base && !goal) {
                    cols[c] = Col.OTHER;
                    continue;
                }
                years[c] = yr;
                kinds[c] = base ? Kind.BASELINE : goal ? Kind.TARGET : yr < plan.start() ? Kind.BASELINE : Kind.TARGET;
            } else if (label < 0) {
                cols[c] = Col.LABEL;
                label = c;
            } else {
                cols[c] = Col.OTHER;
            }
        }
        if (label < 0) {
            strays(rows, headers, out);
            return;
        }
        int unitCol = -1;
        for (int c = 0; c < width; c++) if (cols[c] == Col.UNIT) unitCol = c;
        Breakdown byRegion = Breakdown.of(rows, headers, label, caption, plan);
        boolean byYear = byRegion == null && yearRows(rows, headers, label);
        for (int r = headers; r < rows.size(); r++) {
            List<Cell> row = rows.get(r);
            if (label >= row.size()) continue;
            String name = SUB_ROW.matcher(clean(row.get(label).text())).replaceFirst("").strip();
            if (name.isEmpty() || (GROUP_ROW.matcher(name).find() && !hasValue(row))) continue;
            String unit = unitCol >= 0 && unitCol < row.size() ? clean(row.get(unitCol).text()) : "";
            if (byRegion != null) {
                byRegion(out, byRegion, name, unit, row, head, cols, kinds, years);
                continue;
            }
            if (byYear) {
                byYear(out, name, row, head, cols);
                continue;
            }
            boolean growthRow = GROWTH_ROW.matcher(name).find();
            for (int c = 0; c < Math.min(width, row.size()); c++) {
                Cell cell = row.get(c);
                if (cols[c] == Col.GROWTH || (cols[c] == Col.VALUE && growthRow)) {
                    if (!EMPTY.matcher(clean(cell.text())).matches()) {
                        out.unclassified(cell.text().strip(), Reason.GROWTH, cell.place().line(), cell.place().column(),
                                cell.text());
                    }
                    continue;
                }
                if (cols[c] == Col.OTHER && !head[c].isEmpty() && !WORDS.words("skip-columns").contains(head[c])
                        && VALUE.matcher(clean(cell.text())).matches()) {
                    // A number under a header that names no year, base or target is not dropped silently.
                    out.unclassified(cell.text().strip(), Reason.COLUMN, List.of(head[c]), cell.place().line(),
                            cell.place().column(), cell.text());
                }
                if (cols[c] != Col.VALUE) continue;
                value(out, out.plan(), name, unit, kinds[c], years[c], cell);
            }
        }
    }

    /**
     * A row of a breakdown by region: its year columns are the caption's indicator for the row's
     * region; with the indicators as columns (区县 | 高新技术企业（家） | …), each is a target for the
     * plan's last year. A total row's numbers are left out with why.
     */
    private static void byRegion(Extraction out, Breakdown b, String region, String unit, List<Cell> row, String[] head,
                                 Col[] cols, Kind[] kinds, int[] years) {
        PlanMetadata of = Breakdown.total(region) ? null : out.subPlan(region, Breakdown.level(region, out.plan()));
        for (int c = 0; c < Math.min(cols.length, row.size()); c++) {
            Cell cell = row.get(c);
            boolean byYear = cols[c] == Col.VALUE && !b.indicator().isEmpty();
            boolean byColumn = cols[c] == Col.OTHER && !head[c].isEmpty() && !WORDS.words("skip-columns").contains(head[c]);
            if (!byYear && !byColumn) continue;
            if (of == null) {
                if (!EMPTY.matcher(clean(cell.text())).matches()) {
                    out.unclassified(cell.text().strip(), Reason.SUM_ROW, cell.place().line(), cell.place().column(), cell.text());
                }
                continue;
            }
            String u = !unit.isEmpty() ? unit : b.unit();
            if (byYear) value(out, of, b.indicator(), u, kinds[c], years[c], cell);
            else value(out, of, head[c], "", Kind.TARGET, out.plan().end(), cell);
        }
    }

    /** Whether every row is a year (年份 | 高新技术企业（家） | …): the columns are the indicators. */
    private static boolean yearRows(List<List<Cell>> rows, int headers, int label) {
        int years = 0;
        for (List<Cell> row : rows.subList(headers, rows.size())) {
            String name = label < row.size() ? clean(row.get(label).text()) : "";
            if (name.isEmpty()) continue;
            if (!YEAR_ROW.matcher(name).find()) return false;
            years++;
        }
        return years >= 2;
    }

    /** A row of a table by year: each indicator column's cell is a figure of the row's year. */
    private static void byYear(Extraction out, String name, List<Cell> row, String[] head, Col[] cols) {
        Matcher y = YEAR_ROW.matcher(name);
        if (!y.find()) return;
        int year = Integer.parseInt(y.group(1));
        boolean base = BASE.matcher(name).find();
        Kind kind = base ? Kind.BASELINE : GOAL.matcher(name).find() || year >= out.plan().start() ? Kind.TARGET : Kind.BASELINE;
        for (int c = 0; c < Math.min(cols.length, row.size()); c++) {
            if (cols[c] == Col.OTHER && !head[c].isEmpty() && !WORDS.words("skip-columns").contains(head[c])) {
                value(out, out.plan(), head[c], "", kind, year, row.get(c));
            }
        }
    }

    /** One value cell: a number (with its qualifier), a blank in a target column, or a cell left out with why. */
    private static void value(Extraction out, PlanMetadata of, String label, String unit, Kind kind, int year, Cell cell) {
        String v = clean(cell.text());
        int line = cell.place().line();
        int column = cell.place().column();
        if (EMPTY.matcher(v).matches()) {
            if (kind == Kind.TARGET) out.figure(of, label, "", unit, kind, year, null, "", line, column, cell.text());
            return;
        }
        if (RANGE.matcher(v).matches()) {
            out.unclassified(cell.text().strip(), Reason.RANGE, line, column, cell.text());
            return;
        }
        Matcher m = VALUE.matcher(v);
        if (!m.matches()) {
            out.unclassified(cell.text().strip(), Reason.TABLE_CELL, List.of(label, String.valueOf(year)), line, column,
                    cell.text());
            return;
        }
        String qualifier = (m.group(1) == null ? "" : m.group(1)) + (m.group(5) == null ? "" : m.group(5));
        String cellUnit = m.group(4) == null ? "" : m.group(4);
        double value = Double.parseDouble(m.group(2));
        String mult = m.group(3);
        if (!mult.isEmpty()) {
            if (cellUnit.equals("元")) cellUnit = mult + cellUnit;
            else value = Num.parse(m.group(2) + mult);
        }
        String u = !cellUnit.isEmpty() ? cellUnit : unit;
        out.figure(of, label, "", u, kind, year, value, qualifier.equals("≥") || qualifier.equals(">=") || qualifier.equals("≧")
                ? "不低于" : qualifier, line, column, cell.text());
    }

    /** Whether a row holds a value cell (a number that is not a year), which ends the header rows. */
    private static boolean hasValue(List<Cell> row) {
        for (int c = 1; c < row.size(); c++) {
            String t = clean(row.get(c).text());
            if (t.matches("(19|20)\\d\\d\\s*年?.*")) continue;
            if (VALUE.matcher(t).matches() || RANGE.matcher(t).matches()) return true;
        }
        return false;
    }

    /** Numbers of a table whose columns could not be read are not dropped silently. */
    private static void strays(List<List<Cell>> rows, int from, Extraction out) {
        for (int r = from; r < rows.size(); r++) {
            for (Cell cell : rows.get(r)) {
                String t = clean(cell.text());
                if (VALUE.matcher(t).matches() && !t.matches("\\d{1,2}")) {
                    out.unclassified(cell.text().strip(), Reason.TABLE_CELL, List.of("", ""), cell.place().line(),
                            cell.place().column(), cell.text());
                }
            }
        }
    }

    private static Pattern words(String section) {
        return Pattern.compile(WORDS.alternation(section));
    }

    private static String clean(String s) {
        return TextPlanReader.numbersToAscii(s).replace('\u00a0', ' ').strip();
    }
}
