package plancheck.read.office;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;
import plancheck.read.document.Document.Cell;
import plancheck.read.document.Document.Table;

/**
 * Finds tables among a PDF's lines by the text's x positions. A table is a run of lines, each with
 * text in two or more places apart, or a short piece inside the run's width (a wrapped cell), close
 * together on one page. Its columns are parted where no row has ink: a gap in one line may be a
 * space between words, but a gap at the same x in every row is a border between cells, however
 * narrow (a header's "2020年" and "2025年" stand a quarter of a character apart). One row in five may
 * run across such a gap (a long label reaching into the unit column) and is cut there. A line with
 * text in fewer than half the columns continues the row above, so a wrapped cell stays one cell.
 */
final class PdfTables {
    /** A gap wider than this many characters parts a line into pieces, for finding a table's lines. */
    private static final float PIECE_GAP = 1.6f;

    private PdfTables() {
    }

    /** One run of a line's text between wide gaps: characters [from, to) spanning x0..x1. */
    record Segment(int from, int to, float x0, float x1) {
    }

    /** A table's lines: up to {@code end} (exclusive), and its columns. */
    record Region(int end, List<float[]> columns) {
    }

    /** The table starting at line {@code start}, or null when none starts there. */
    static Region region(List<PdfLayout.Line> lines, int start) {
        if (segments(lines.get(start)).size() < 3) return null;
        float left = lines.get(start).left(), right = lines.get(start).right();
        int end = start + 1;
        while (end < lines.size()) {
            PdfLayout.Line l = lines.get(end), above = lines.get(end - 1);
            if (l.page() != above.page() || l.top() - above.baseline() > 2.5f * above.size()) break;
            List<Segment> segs = segments(l);
            boolean wrapped = segs.size() == 1 && segs.get(0).x1() - segs.get(0).x0() < (right - left) / 2
                    && segs.get(0).x0() > left - 2 && segs.get(0).x1() < right + 2;
            if (segs.size() < 2 && !wrapped) break;
            left = Math.min(left, l.left());
            right = Math.max(right, l.right());
            end++;
        }
        List<float[]> columns = columns(lines.subList(start, end));
        if (columns.size() < 3) return null;
        int rows = 0;
        for (PdfLayout.Line l : lines.subList(start, end)) if (newRow(l, columns)) rows++;
        return rows >= 2 ? new Region(end, columns) : null;
    }

    /**
     * The columns of a table's lines, left to right, as x ranges: parted by the x ranges that no
     * row with two pieces or more covers (one in five may), at least a sixth of a character wide.
     */
    static List<float[]> columns(List<PdfLayout.Line> lines) {
        float left = Float.MAX_VALUE, right = -Float.MAX_VALUE, size = 0;
        List<PdfLayout.Line> rows = new ArrayList<>();
        for (PdfLayout.Line l : lines) {
            left = Math.min(left, l.left());
            right = Math.max(right, l.right());
            if (segments(l).size() >= 2) {
                rows.add(l);
                size = Math.max(size, l.size());
            }
        }
        List<float[]> out = new ArrayList<>();
        if (rows.isEmpty()) return out;
        int bins = (int) Math.ceil((right - left) * 2) + 1;
        int[] ink = new int[bins];
        for (PdfLayout.Line l : rows) {
            boolean[] row = new boolean[bins];
            for (TextPosition g : l.glyphs()) {
                if (g.getUnicode().isBlank()) continue;
                int a = (int) ((g.getXDirAdj() - left) * 2), b = (int) Math.ceil((g.getXDirAdj() + g.getWidthDirAdj() - left) * 2);
                for (int x = Math.max(0, a); x < Math.min(bins, b); x++) row[x] = true;
            }
            for (int x = 0; x < bins; x++) if (row[x]) ink[x]++;
        }
        int allowed = rows.size() >= 5 ? rows.size() / 5 : 0;
        int minGap = (int) Math.ceil(size / 6 * 2);
        int from = -1;
        for (int x = 0; x <= bins; x++) {
            boolean inked = x < bins && ink[x] > allowed;
            if (inked && from < 0) from = x;
            if (!inked && from >= 0) {
                int gap = 0;
                while (x + gap < bins && ink[x + gap] <= allowed) gap++;
                if (gap >= minGap || x + gap >= bins) {
                    out.add(new float[] {left + from / 2f, left + x / 2f});
                    from = -1;
                }
                x += Math.max(0, gap - 1);
            }
        }
        return out;
    }

    /**
     * The column of a line's glyph: the one its middle falls in; in a gap between columns (a row
     * running across), the column of the glyph before it when they touch, else the nearest.
     */
    private static int column(TextPosition g, TextPosition before, int beforeColumn, List<float[]> columns) {
        float mid = g.getXDirAdj() + g.getWidthDirAdj() / 2;
        for (int c = 0; c < columns.size(); c++) if (mid >= columns.get(c)[0] && mid <= columns.get(c)[1]) return c;
        if (before != null && g.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj()) < g.getWidthDirAdj() / 3) return beforeColumn;
        return nearest(mid, columns);
    }

    private static int nearest(float mid, List<float[]> columns) {
        int best = 0;
        float distance = Float.MAX_VALUE;
        for (int c = 0; c < columns.size(); c++) {
            float[] col = columns.get(c);
            float d = mid < col[0] ? col[0] - mid : mid > col[1] ? mid - col[1] : 0;
            if (d < distance) {
                distance = d;
                best = c;
            }
        }
        return best;
    }

    /** How many columns the line has text in. */
    private static int filled(PdfLayout.Line l, List<float[]> columns) {
        boolean[] hit = new boolean[columns.size()];
        int n = 0;
        TextPosition before = null;
        int c = -1;
        for (TextPosition g : l.glyphs()) {
            if (g.getUnicode().isBlank()) continue;
            c = column(g, before, c, columns);
            before = g;
            if (!hit[c]) n++;
            hit[c] = true;
        }
        return n;
    }

    private static boolean newRow(PdfLayout.Line l, List<float[]> columns) {
        int n = filled(l, columns);
        return n >= 2 && n * 2 > columns.size() || n >= 2 && hasNumber(l);
    }

    private static boolean hasNumber(PdfLayout.Line l) {
        for (int i = 0; i < l.text().length(); i++) if (Character.isDigit(l.text().charAt(i))) return true;
        return false;
    }

    /** The table of a region's lines: a row per full line, continuation lines' text added to its cells. */
    static Table table(List<PdfLayout.Line> lines, List<float[]> columns) {
        List<List<Cell>> rows = new ArrayList<>();
        StringBuilder[] texts = null;
        Cell[] starts = null;
        for (PdfLayout.Line l : lines) {
            if (texts == null || newRow(l, columns)) {
                if (texts != null) rows.add(row(texts, starts, lines.get(0)));
                texts = new StringBuilder[columns.size()];
                starts = new Cell[columns.size()];
            }
            StringBuilder[] line = new StringBuilder[columns.size()];
            int[] first = new int[columns.size()];
            String text = l.text();
            int[] map = l.glyph();
            int lastColumn = -1;
            TextPosition before = null;
            for (int i = 0; i < text.length(); i++) {
                if (map[i] < 0 || l.glyphs().get(map[i]).getUnicode().isBlank()) continue;
                TextPosition g = l.glyphs().get(map[i]);
                int c = column(g, before, lastColumn, columns);
                before = g;
                if (line[c] == null) {
                    line[c] = new StringBuilder();
                    first[c] = i;
                } else if (c == lastColumn && i > 0 && map[i - 1] < 0 && ascii(text.charAt(i)) && ascii(line[c].charAt(line[c].length() - 1))) {
                    line[c].append(' ');
                }
                line[c].append(text.charAt(i));
                lastColumn = c;
            }
            for (int c = 0; c < columns.size(); c++) {
                if (line[c] == null) continue;
                if (texts[c] == null) {
                    texts[c] = line[c];
                    starts[c] = new Cell(line[c].toString(), PdfConverter.place(l, first[c] + 1));
                } else {
                    if (ascii(texts[c].charAt(texts[c].length() - 1)) && ascii(line[c].charAt(0))) texts[c].append(' ');
                    texts[c].append(line[c]);
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

    /** A line's runs of text between gaps wider than {@value #PIECE_GAP} characters. */
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
            if (from >= 0 && gx0 - x1 > PIECE_GAP * PdfLayout.size(t)) {
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
