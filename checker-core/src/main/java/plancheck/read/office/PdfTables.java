package plancheck.read.office;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;
import plancheck.read.document.Document.Cell;
import plancheck.read.document.Document.Table;

/**
 * Finds tables among a PDF's lines by the text's x positions: a table row's cells stand apart by
 * gaps wider than two characters; a table's columns are the x ranges its cells cover; a line whose
 * pieces each fall inside one column, and fewer than half of them, continues the row above (its
 * wrapped cells), so a cell that wraps onto several lines stays one cell.
 */
final class PdfTables {
    private static final float CELL_GAP = 1.6f;

    private PdfTables() {
    }

    /** One run of a line's text between wide gaps: characters [from, to) spanning x0..x1. */
    record Segment(int from, int to, float x0, float x1) {
    }

    /** The index after the table starting at line {@code start}, or {@code start} when none starts there. */
    static int region(List<PdfLayout.Line> lines, int start) {
        List<Segment> first = segments(lines.get(start));
        if (first.size() < 3) return start;
        List<float[]> columns = new ArrayList<>();
        for (Segment s : first) columns.add(new float[] {s.x0(), s.x1()});
        int end = start + 1;
        int full = 1;
        while (end < lines.size()) {
            PdfLayout.Line l = lines.get(end), above = lines.get(end - 1);
            if (l.page() == above.page() && l.top() - above.baseline() > 2.5f * above.size()) break;
            List<Segment> segs = segments(l);
            if (segs.size() >= 2 && fits(segs, columns, true)) {
                widen(segs, columns);
                full++;
            } else if (!fits(segs, columns, false) || segs.size() * 2 > columns.size()) {
                break;
            }
            end++;
        }
        return full >= 2 ? end : start;
    }

    /** Whether every segment lies in one column (and, for a row, the segments in different ones). */
    private static boolean fits(List<Segment> segs, List<float[]> columns, boolean row) {
        int lastColumn = -1;
        for (Segment s : segs) {
            int c = column(s, columns);
            if (c < 0 || (row && c <= lastColumn)) return false;
            lastColumn = c;
        }
        return true;
    }

    private static int column(Segment s, List<float[]> columns) {
        int found = -1;
        for (int c = 0; c < columns.size(); c++) {
            float[] col = columns.get(c);
            boolean overlaps = s.x0() < col[1] + 2 && s.x1() > col[0] - 2;
            if (overlaps) {
                if (found >= 0) return -1;
                found = c;
            }
        }
        if (found >= 0) return found;
        // A short number right- or centre-aligned in a wider cell may not overlap the header's text: nearest column.
        float best = Float.MAX_VALUE;
        for (int c = 0; c < columns.size(); c++) {
            float[] col = columns.get(c);
            float d = Math.abs((s.x0() + s.x1()) / 2 - (col[0] + col[1]) / 2);
            boolean between = (c == 0 || s.x0() > columns.get(c - 1)[1]) && (c == columns.size() - 1 || s.x1() < columns.get(c + 1)[0]);
            if (between && d < best) {
                best = d;
                found = c;
            }
        }
        return found;
    }

    private static void widen(List<Segment> segs, List<float[]> columns) {
        for (Segment s : segs) {
            float[] col = columns.get(column(s, columns));
            col[0] = Math.min(col[0], s.x0());
            col[1] = Math.max(col[1], s.x1());
        }
    }

    /** The table of lines [start, end): a row per full line, continuation lines' text added to its cells. */
    static Table table(List<PdfLayout.Line> lines) {
        List<Segment> head = segments(lines.get(0));
        List<float[]> columns = new ArrayList<>();
        for (Segment s : head) columns.add(new float[] {s.x0(), s.x1()});
        for (PdfLayout.Line l : lines) {
            List<Segment> segs = segments(l);
            if (segs.size() >= 2 && fits(segs, columns, true)) widen(segs, columns);
        }
        List<List<Cell>> rows = new ArrayList<>();
        StringBuilder[] texts = null;
        Cell[] starts = null;
        for (PdfLayout.Line l : lines) {
            List<Segment> segs = segments(l);
            boolean newRow = texts == null || (segs.size() >= 2 && segs.size() * 2 > columns.size());
            if (newRow) {
                if (texts != null) rows.add(row(texts, starts, lines.get(0)));
                texts = new StringBuilder[columns.size()];
                starts = new Cell[columns.size()];
            }
            for (Segment s : segs) {
                int c = column(s, columns);
                if (c < 0) continue;
                String t = l.text().substring(s.from(), s.to()).strip();
                if (texts[c] == null) {
                    texts[c] = new StringBuilder(t);
                    starts[c] = new Cell(t, PdfConverter.place(l, s.from() + 1));
                } else {
                    if (t.length() > 0 && texts[c].length() > 0 && ascii(texts[c].charAt(texts[c].length() - 1)) && ascii(t.charAt(0))) {
                        texts[c].append(' ');
                    }
                    texts[c].append(t);
                }
            }
        }
        if (texts != null) rows.add(row(texts, starts, lines.get(0)));
        return new Table(rows, PdfConverter.place(lines.get(0), 1));
    }

    private static List<Cell> row(StringBuilder[] texts, Cell[] starts, PdfLayout.Line first) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] == null) cells.add(new Cell("", PdfConverter.place(first, 0)));
            else cells.add(new Cell(texts[c].toString(), starts[c].place()));
        }
        return cells;
    }

    private static boolean ascii(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** A line's runs of text between gaps wider than {@value #CELL_GAP} characters. */
    static List<Segment> segments(PdfLayout.Line l) {
        List<Segment> out = new ArrayList<>();
        List<TextPosition> g = l.glyphs();
        int[] map = l.glyph();
        String text = l.text();
        int from = -1;
        float x0 = 0, x1 = 0;
        for (int i = 0; i < text.length(); i++) {
            int gi = map[i];
            if (gi < 0 || g.get(gi).getUnicode().isBlank()) continue;
            TextPosition t = g.get(gi);
            float gx0 = t.getXDirAdj(), gx1 = gx0 + t.getWidthDirAdj();
            if (from >= 0 && gx0 - x1 > CELL_GAP * PdfLayout.size(t)) {
                out.add(trimmed(text, from, i, x0, x1));
                from = -1;
            }
            if (from < 0) {
                from = i;
                x0 = gx0;
            }
            x1 = Math.max(x1, gx1);
        }
        if (from >= 0) out.add(trimmed(text, from, text.length(), x0, x1));
        return out;
    }

    private static Segment trimmed(String text, int from, int to, float x0, float x1) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        return new Segment(from, to, x0, x1);
    }
}
