package plancheck.read.office;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The printed lines of a PDF in reading order: text positions grouped into lines by their baseline,
 * each line's characters left to right, page headers, footers and page numbers dropped. The reader
 * builds paragraphs and tables from these lines; the annotator finds a line's glyphs again by its
 * number, so both number the lines the same way.
 */
public final class PdfLayout {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–\\s]*\\d{1,4}[-—–\\s]*|第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4}"
            + "|(page|Page)\\s*\\d{1,4}(\\s*of\\s*\\d{1,4})?");

    /**
     * One printed line.
     *
     * @param page    1-based page
     * @param onPage  1-based line on its page, counting every line printed there (headers included)
     * @param number  1-based running number over the kept lines of the document
     * @param glyph   for each character of {@code text}, the index of its glyph, or -1 for a space
     *                standing for a gap between glyphs
     */
    public record Line(int page, int onPage, int number, String text, List<TextPosition> glyphs, int[] glyph) {
        public float left() {
            return glyphs.get(0).getXDirAdj();
        }

        public float right() {
            TextPosition g = glyphs.get(glyphs.size() - 1);
            return g.getXDirAdj() + g.getWidthDirAdj();
        }

        public float top() {
            return baseline() - size();
        }

        public float baseline() {
            return glyphs.get(0).getYDirAdj();
        }

        /** The line's font size: its tallest glyph's. */
        public float size() {
            float s = 0;
            for (TextPosition g : glyphs) s = Math.max(s, Math.max(g.getFontSizeInPt(), g.getHeightDir()));
            return s <= 0 ? 10 : s;
        }

        /** The glyphs for the characters [from, to) of the text (gaps have none). */
        public List<TextPosition> glyphs(int from, int to) {
            List<TextPosition> out = new ArrayList<>();
            for (int i = Math.max(0, from); i < Math.min(to, glyph.length); i++) {
                if (glyph[i] >= 0 && (out.isEmpty() || out.get(out.size() - 1) != glyphs.get(glyph[i]))) out.add(glyphs.get(glyph[i]));
            }
            return out;
        }
    }

    private PdfLayout() {
    }

    /** The kept lines of every page, in reading order; none when the PDF has no text layer. */
    public static List<Line> lines(PDDocument doc) throws IOException {
        Collector c = new Collector();
        c.setSortByPosition(false);
        c.getText(doc);
        List<List<Line>> pages = new ArrayList<>();
        for (int p = 0; p < c.pages.size(); p++) pages.add(group(c.pages.get(p), p + 1));
        return keep(pages);
    }

    /** Collects each page's text positions as PDFBox finds them. */
    private static final class Collector extends PDFTextStripper {
        final List<List<TextPosition>> pages = new ArrayList<>();

        Collector() throws IOException {
        }

        @Override
        protected void startPage(PDPage page) {
            pages.add(new ArrayList<>());
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            if (!pages.isEmpty() && t.getUnicode() != null && !t.getUnicode().isEmpty()) pages.get(pages.size() - 1).add(t);
        }
    }

    /** A page's glyphs as lines: by baseline (within half a glyph's height), then left to right. */
    private static List<Line> group(List<TextPosition> glyphs, int page) {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
        List<List<TextPosition>> rows = new ArrayList<>();
        List<TextPosition> row = null;
        float y = Float.NaN;
        for (TextPosition g : sorted) {
            float h = Math.max(2f, Math.max(g.getHeightDir(), g.getFontSizeInPt()) * 0.5f);
            if (row == null || Math.abs(g.getYDirAdj() - y) > h) {
                row = new ArrayList<>();
                rows.add(row);
                y = g.getYDirAdj();
            }
            row.add(g);
        }
        List<Line> lines = new ArrayList<>();
        for (List<TextPosition> r : rows) {
            r.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            List<TextPosition> kept = dropOverlaps(r);
            if (kept.stream().allMatch(g -> g.getUnicode().isBlank())) continue;
            lines.add(line(kept, page, lines.size() + 1));
        }
        return lines;
    }

    /** Text drawn twice at one spot (fake bold) is one glyph. */
    private static List<TextPosition> dropOverlaps(List<TextPosition> r) {
        List<TextPosition> out = new ArrayList<>(r.size());
        for (TextPosition g : r) {
            if (!out.isEmpty()) {
                TextPosition last = out.get(out.size() - 1);
                if (last.getUnicode().equals(g.getUnicode()) && Math.abs(last.getXDirAdj() - g.getXDirAdj()) < 0.3f * Math.max(1f, g.getWidthDirAdj())) continue;
            }
            out.add(g);
        }
        return out;
    }

    /** The line's text: its glyphs' characters, a space where glyphs stand apart by more than most of a character. */
    private static Line line(List<TextPosition> glyphs, int page, int onPage) {
        StringBuilder b = new StringBuilder();
        List<Integer> map = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            TextPosition g = glyphs.get(i);
            if (i > 0) {
                TextPosition p = glyphs.get(i - 1);
                float gap = g.getXDirAdj() - (p.getXDirAdj() + p.getWidthDirAdj());
                if (gap > 0.8f * size(g) && !p.getUnicode().isBlank() && !g.getUnicode().isBlank()) {
                    b.append(' ');
                    map.add(-1);
                }
            }
            String u = g.getUnicode();
            for (int k = 0; k < u.length(); k++) {
                char ch = u.charAt(k);
                b.append(Character.isISOControl(ch) ? ' ' : ch);
                map.add(i);
            }
        }
        return new Line(page, onPage, 0, b.toString(), glyphs, map.stream().mapToInt(Integer::intValue).toArray());
    }

    static float size(TextPosition g) {
        float s = Math.max(g.getFontSizeInPt(), g.getWidthDirAdj());
        return s <= 0 ? 10 : s;
    }

    /**
     * The lines worth reading, numbered: a page's top or bottom line is dropped when it is a page
     * number, or when the same text (digits aside) stands there on other pages too (a running header
     * or footer).
     */
    private static List<Line> keep(List<List<Line>> pages) {
        Map<String, Integer> tops = new HashMap<>();
        Map<String, Integer> bottoms = new HashMap<>();
        for (List<Line> p : pages) {
            if (p.isEmpty()) continue;
            tops.merge(key(p.get(0)), 1, Integer::sum);
            bottoms.merge(key(p.get(p.size() - 1)), 1, Integer::sum);
        }
        int repeated = pages.size() < 2 ? Integer.MAX_VALUE : Math.max(2, (pages.size() + 1) / 2);
        List<Line> out = new ArrayList<>();
        for (List<Line> p : pages) {
            for (int i = 0; i < p.size(); i++) {
                Line l = p.get(i);
                boolean top = i == 0 || (i == 1 && pageNumber(p.get(0)));
                boolean bottom = i == p.size() - 1 || (i == p.size() - 2 && pageNumber(p.get(p.size() - 1)));
                if ((top || bottom) && pageNumber(l)) continue;
                if (i == 0 && tops.get(key(l)) >= repeated) continue;
                if (i == p.size() - 1 && bottoms.get(key(l)) >= repeated) continue;
                out.add(new Line(l.page(), l.onPage(), out.size() + 1, l.text(), l.glyphs(), l.glyph()));
            }
        }
        return out;
    }

    private static boolean pageNumber(Line l) {
        return PAGE_NUMBER.matcher(l.text().strip()).matches();
    }

    private static String key(Line l) {
        return l.text().replaceAll("\\s+", "").replaceAll("\\d+", "#");
    }
}
