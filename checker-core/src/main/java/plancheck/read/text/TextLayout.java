package plancheck.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import plancheck.model.Vocabulary;
import plancheck.read.document.Document;
import plancheck.read.document.Document.Block;
import plancheck.read.document.Document.Cell;
import plancheck.read.document.Document.Paragraph;
import plancheck.read.document.Document.Table;
import plancheck.read.document.Place;

/**
 * Finds the tables of a plain-text document (as Word, PDF and web pages export them) and returns
 * it as blocks: each line a paragraph, except the lines of a table. Two layouts are tables:
 * one row per line with cells split by tabs, by `|` or `｜`, or by runs of spaces; and one cell per
 * line, a header of short cells (序号 / 指标 / 2020年 …) then rows of as many cells, with or without
 * blank lines between rows. A table must have a header that names a year, a 基期/目标 column or an
 * indicator with its unit (高新技术企业（家）):
 * that is what makes its numbers figures.
 */
final class TextLayout {
    private static final Pattern PIPES = Pattern.compile("\\s*[|｜]\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern RULE = Pattern.compile("^[|｜\\s:：\\-—=+]+$");
    /** A header cell that makes a column of figures: a year, or a base/target column. */
    private static final Pattern VALUE_HEAD = Pattern.compile(
            "(19|20)\\d\\d\\s*年?|" + Vocabulary.standard().alternation("header-values"));
    /** A header cell naming an indicator with its unit (高新技术企业（家）): a column of figures too. */
    private static final Pattern UNIT_HEAD = Pattern.compile("[（(]\\s*(" + NumberLexer.UNIT + ")\\s*[)）]$");
    private static final int MAX_HEAD_CELL = 24;

    private TextLayout() {
    }

    /**
     * @param lines the lines with ASCII digits (for matching)
     * @param shown the same lines as written (same lengths), whose text the blocks hold
     */
    static Document of(List<String> lines, List<String> shown) {
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = cellPerLine(lines, shown, i, blocks);
            if (end < 0) end = rowPerLine(lines, shown, i, blocks);
            if (end >= 0) {
                i = end;
                continue;
            }
            if (!lines.get(i).isBlank()) blocks.add(new Paragraph(shown.get(i), Place.line(i + 1, 1)));
            i++;
        }
        return new Document(blocks, "text");
    }

    /** How a line splits into cells, with where each cell starts; null when it is no table row. */
    private record Split(List<String> cells, List<Integer> starts, char kind) {
    }

    private static Split split(String line) {
        if (line.isBlank()) return null;
        char kind;
        Pattern p;
        if (line.indexOf('\t') >= 0 && !line.strip().isEmpty() && line.strip().indexOf('\t') >= 0) {
            kind = 't';
            p = Pattern.compile("\t");
        } else if (count(line, '|') + count(line, '｜') >= 2) {
            kind = '|';
            p = PIPES;
        } else if (SPACES.matcher(line.strip()).find()) {
            kind = ' ';
            p = SPACES;
        } else {
            return null;
        }
        List<String> cells = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int lead = 0;
        while (lead < line.length() && Character.isWhitespace(line.charAt(lead)) && line.charAt(lead) != '\t') lead++;
        if (kind == 't') lead = 0;
        var m = p.matcher(line);
        int from = lead;
        // "| a | b |" has edge pipes; "a | b | " ends in an empty cell (a blank target).
        boolean edgePipe = kind == '|' && (line.strip().startsWith("|") || line.strip().startsWith("｜"));
        while (m.find(from)) {
            if (m.start() < from) break;
            add(line, from, m.start(), cells, starts);
            from = m.end();
            if (from >= line.length()) break;
        }
        // The text after the last separator is a cell, empty or not ("a | b | " ends in an empty one).
        add(line, Math.min(from, line.length()), line.length(), cells, starts);
        if (kind == ' ') {
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
                starts.remove(starts.size() - 1);
            }
        }
        if (kind == 't') {
            // A text export indents every cell with a tab: the leading empty cell is no column.
            if (!cells.isEmpty() && cells.get(0).isEmpty() && line.startsWith("\t")) {
                cells.remove(0);
                starts.remove(0);
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
                starts.remove(starts.size() - 1);
            }
        }
        if (edgePipe) {
            if (!cells.isEmpty() && cells.get(0).isEmpty()) {
                cells.remove(0);
                starts.remove(0);
            }
            if (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
                starts.remove(starts.size() - 1);
            }
        }
        return cells.size() >= 2 ? new Split(cells, starts, kind) : null;
    }

    private static void add(String line, int from, int to, List<String> cells, List<Integer> starts) {
        String raw = line.substring(from, to);
        String t = raw.strip();
        int at = t.isEmpty() ? from : from + raw.indexOf(t);
        cells.add(t);
        starts.add(at);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    private static boolean isHeader(List<String> cells) {
        boolean value = false;
        for (String c : cells) {
            if (c.length() > MAX_HEAD_CELL) return false;
            if (VALUE_HEAD.matcher(c).find() || UNIT_HEAD.matcher(c).find()) value = true;
            else if (plancheck.model.Num.parse(c.replaceAll("[%％]$", "")) != null) return false;
        }
        return value;
    }

    /** A table of one row per line starting at {@code start}; returns the line after it, or -1. */
    private static int rowPerLine(List<String> lines, List<String> shown, int start, List<Block> blocks) {
        Split head = split(lines.get(start));
        if (head == null || head.cells().size() < 3 || !isHeader(head.cells())) return -1;
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(cells(head, shown.get(start), start));
        int i = start + 1;
        int last = start;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank() || RULE.matcher(line).matches()) {
                i++;
                continue;
            }
            Split row = split(line);
            if (row == null || (row.kind() != head.kind() && !(head.kind() == 't' && row.kind() == ' '))) break;
            rows.add(cells(row, shown.get(i), i));
            last = i;
            i++;
        }
        if (rows.size() < 2) return -1;
        blocks.add(new Table(rows, Place.line(start + 1, 1)));
        return last + 1;
    }

    private static List<Cell> cells(Split s, String shown, int index) {
        List<Cell> out = new ArrayList<>();
        for (int k = 0; k < s.cells().size(); k++) {
            int at = s.starts().get(k);
            String text = shown.substring(at, at + s.cells().get(k).length());
            out.add(new Cell(text, Place.line(index + 1, at + 1)));
        }
        return out;
    }

    /**
     * A table of one cell per line: a header of short lines that opens with 序号/指标 … and names a
     * year or base/target column, then rows of as many cells; returns the line after it, or -1.
     */
    private static int cellPerLine(List<String> lines, List<String> shown, int start, List<Block> blocks) {
        if (!Vocabulary.standard().words("header-labels").contains(lines.get(start).strip())) return -1;
        List<Integer> head = new ArrayList<>();
        int i = start;
        while (i < lines.size() && !lines.get(i).isBlank() && lines.get(i).strip().length() <= MAX_HEAD_CELL
                && split(lines.get(i).strip()) == null) {
            head.add(i++);
            if (head.size() > 1 && isValueCellLine(lines.get(i - 1)) && !VALUE_HEAD.matcher(lines.get(i - 1)).find()) {
                head.remove(head.size() - 1);
                i--;
                break;
            }
        }
        int n = head.size();
        if (n < 3 || !isHeader(head.stream().map(k -> lines.get(k).strip()).toList())) return -1;
        boolean serial = Vocabulary.standard().words("serial-columns").contains(lines.get(start).strip());
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(head.stream().map(k -> cell(lines, shown, k)).toList());
        int last = i - 1;
        while (true) {
            int j = i;
            while (j < lines.size() && lines.get(j).isBlank()) j++;
            List<Integer> row = new ArrayList<>();
            int k = j;
            // Rows separated by blank lines, or one row after another: take n cells either way.
            while (k < lines.size() && row.size() < n && !lines.get(k).isBlank()) row.add(k++);
            if (row.size() != n) break;
            if (serial && !lines.get(row.get(0)).strip().matches("\\d{1,3}|[一二三四五六七八九十]+")) break;
            rows.add(row.stream().map(r -> cell(lines, shown, r)).toList());
            last = k - 1;
            i = k;
        }
        if (rows.size() < 2) return -1;
        blocks.add(new Table(rows, Place.line(start + 1, 1)));
        return last + 1;
    }

    private static boolean isValueCellLine(String line) {
        return plancheck.model.Num.parse(line.strip()) != null;
    }

    private static Cell cell(List<String> lines, List<String> shown, int k) {
        String t = lines.get(k).strip();
        int at = t.isEmpty() ? 0 : lines.get(k).indexOf(t);
        return new Cell(shown.get(k).substring(at, at + t.length()), Place.line(k + 1, at + 1));
    }
}
