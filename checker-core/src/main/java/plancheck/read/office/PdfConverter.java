package plancheck.read.office;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.TextPosition;
import plancheck.read.document.Document;
import plancheck.read.document.Document.Block;
import plancheck.read.document.Document.Cell;
import plancheck.read.document.Document.Paragraph;
import plancheck.read.document.Document.Table;
import plancheck.read.document.DocumentPlanReader.NotReadable;
import plancheck.read.document.Located;
import plancheck.read.document.Located.Piece;
import plancheck.read.document.Place;

/**
 * Reads a PDF's text layer (PDFBox) as paragraphs and tables. Printed lines that wrap are joined
 * into paragraphs (a paragraph ends at a short line, an indented next line or a change of size);
 * runs of lines whose text stands in columns apart are tables, a line that continues only some
 * columns being the wrapped rest of the row above's cells.
 */
final class PdfConverter {
    /* PDFBox buffers decoded streams in memory: a plan needs a few MB, a decompression bomb would take the heap. */
    static final long MAX_MEMORY = 96L << 20;

    private PdfConverter() {
    }

    /** Opens a PDF read-only within the memory limit; a password, or broken bytes, is a {@link NotReadable}. */
    static PDDocument open(Path file) throws NotReadable {
        try {
            return Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                    MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY).streamCache);
        } catch (InvalidPasswordException e) {
            throw new NotReadable("encrypted: a password-protected PDF cannot be read (save it without a password)");
        } catch (IOException | RuntimeException e) {
            throw new NotReadable("corrupt or truncated PDF (" + Office.oneLine(e) + ")");
        }
    }

    static Located read(Path file) throws NotReadable {
        try (PDDocument doc = open(file)) {
            List<PdfLayout.Line> lines;
            try {
                lines = PdfLayout.lines(doc);
            } catch (IOException | RuntimeException e) {
                throw new NotReadable("corrupt PDF: its text cannot be read (" + Office.oneLine(e) + ")");
            }
            if (lines.isEmpty()) {
                throw new NotReadable(doc.getNumberOfPages() == 0 ? "a PDF without pages"
                        : "no text layer: a scanned PDF needs OCR (" + doc.getNumberOfPages()
                                + (doc.getNumberOfPages() == 1 ? " page" : " pages") + " without text)");
            }
            return build(lines);
        } catch (IOException e) {
            throw new NotReadable("cannot close the PDF (" + Office.oneLine(e) + ")");
        }
    }

    private static Located build(List<PdfLayout.Line> lines) {
        List<Block> blocks = new ArrayList<>();
        Map<Integer, List<Piece>> pieces = new HashMap<>();
        float left = Float.MAX_VALUE;
        float[] rights = new float[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            left = Math.min(left, lines.get(k).left());
            rights[k] = lines.get(k).right();
        }
        // The right margin: where most full lines end (a few run past it with squeezed punctuation).
        java.util.Arrays.sort(rights);
        float right = rights[(int) (rights.length * 0.75f)];
        int i = 0;
        StringBuilder text = null;
        List<Piece> ps = null;
        PdfLayout.Line prev = null;
        while (i < lines.size()) {
            PdfTables.Region table = PdfTables.region(lines, i);
            if (table != null) {
                flush(text, ps, blocks, pieces);
                text = null;
                blocks.add(PdfTables.table(lines.subList(i, table.end()), table.columns()));
                prev = null;
                i = table.end();
                continue;
            }
            PdfLayout.Line l = lines.get(i);
            if (text == null || !continues(prev, l, left, right)) {
                flush(text, ps, blocks, pieces);
                text = new StringBuilder();
                ps = new ArrayList<>();
            } else if (asciiWord(text.charAt(text.length() - 1)) && asciiWord(l.text().charAt(0))) {
                text.append(' ');
            }
            ps.add(new Piece(text.length(), place(l, 1)));
            text.append(l.text());
            prev = l;
            i++;
        }
        flush(text, ps, blocks, pieces);
        return new Located(new Document(blocks, "pdf"), pieces);
    }

    static Place place(PdfLayout.Line l, int column) {
        return new Place(l.number(), column, "page=" + l.page() + ";line=" + l.onPage());
    }

    private static void flush(StringBuilder text, List<Piece> ps, List<Block> blocks, Map<Integer, List<Piece>> pieces) {
        if (text == null || text.toString().isBlank()) return;
        Place first = ps.get(0).place();
        blocks.add(new Paragraph(text.toString(), first));
        if (ps.size() > 1) pieces.put(first.line(), List.copyOf(ps));
    }

    /**
     * Whether {@code l} goes on the paragraph {@code prev} ends: {@code prev} ended where the first
     * word of {@code l} would not have fitted (a number, or a character with the punctuation that may
     * not start a line), {@code l} is not indented, of the same size, and close below (or at the top
     * of the next page).
     */
    private static boolean continues(PdfLayout.Line prev, PdfLayout.Line l, float left, float right) {
        if (prev == null) return false;
        float size = prev.size();
        if (prev.right() + leadWidth(l) < right - 0.5f * size) return false;
        if (l.left() > left + 1.2f * size) return false;
        if (Math.abs(l.size() - size) > 0.15f * size) return false;
        if (l.page() != prev.page()) return true;
        return l.top() - prev.baseline() < 1.2f * size;
    }

    /** The width of the line's first unbreakable piece: a run of Latin letters and digits, or one character, with the punctuation after it. */
    private static float leadWidth(PdfLayout.Line l) {
        String t = l.text();
        int end = 0;
        while (end < t.length() && t.charAt(end) < 128 && !Character.isWhitespace(t.charAt(end))) end++;
        if (end == 0 && !t.isEmpty()) end = 1;
        while (end < t.length() && "。，、；：？！）》」』”’%．,.;:)".indexOf(t.charAt(end)) >= 0) end++;
        List<TextPosition> g = l.glyphs(0, end);
        if (g.isEmpty()) return 0;
        TextPosition last = g.get(g.size() - 1);
        return last.getXDirAdj() + last.getWidthDirAdj() - l.left();
    }

    /** Latin letters: English words broken at a line end get their space back (a number broken there does not). */
    private static boolean asciiWord(char c) {
        return c < 128 && Character.isLetter(c);
    }

    /** The glyphs of a cell, for the annotator: those of {@code line} from {@code column} to the next gap. */
    static List<TextPosition> segment(PdfLayout.Line line, int column) {
        int from = column - 1, to = from;
        while (to < line.text().length() && line.glyph()[to] >= 0) to++;
        return line.glyphs(from, to);
    }
}
