package plancheck.read.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import plancheck.model.Figure;
import plancheck.model.Source;
import plancheck.read.PlanData;
import plancheck.read.Unclassified;
import plancheck.read.document.Document.Block;
import plancheck.read.document.Document.Cell;
import plancheck.read.document.Document.Paragraph;
import plancheck.read.document.Document.Table;

/**
 * A document with where each of its characters stands, for formats whose paragraphs are not one line
 * of a file: a PDF paragraph runs over several printed lines, a web page's over several source lines.
 * The extractor cites a paragraph's place and an offset into it; {@link #relocate} turns that into
 * the printed line (or source line) and the locator a reviewer follows.
 *
 * @param pieces for a paragraph (by its place's line), where each of its pieces starts: a paragraph
 *               without an entry is one piece at its own place
 */
public record Located(Document document, Map<Integer, List<Piece>> pieces) {
    public Located {
        pieces = Map.copyOf(pieces);
    }

    /** A document whose paragraphs and cells are each one piece at their place. */
    public static Located of(Document document) {
        return new Located(document, Map.of());
    }

    /** The part of a paragraph from {@code offset} on (up to the next piece) stands at {@code place}. */
    public record Piece(int offset, Place place) {
    }

    /** The data read from this document with each figure and unclassified number at its place and locator. */
    public PlanData relocate(PlanData data) {
        Map<Integer, Place> lines = new HashMap<>();
        Map<Long, Place> cells = new HashMap<>();
        boolean anyLocator = false;
        for (Block b : document.blocks()) {
            if (b instanceof Paragraph p) {
                lines.put(p.place().line(), p.place());
                anyLocator |= !p.place().locator().isEmpty();
            } else if (b instanceof Table t) {
                for (List<Cell> row : t.rows()) {
                    for (Cell c : row) {
                        cells.put(key(c.place().line(), c.place().column()), c.place());
                        lines.putIfAbsent(c.place().line(), c.place());
                        anyLocator |= !c.place().locator().isEmpty();
                    }
                }
            }
        }
        if (!anyLocator && pieces.isEmpty()) return data;
        List<Figure> figures = new ArrayList<>(data.figures().size());
        for (Figure f : data.figures()) figures.add(f.withSource(relocate(f.source(), lines, cells)));
        List<Unclassified> unclassified = new ArrayList<>(data.unclassified().size());
        for (Unclassified u : data.unclassified()) {
            unclassified.add(new Unclassified(u.text(), u.reason(), u.details(), relocate(u.source(), lines, cells)));
        }
        return new PlanData(data.file(), data.plans(), figures, data.errors(), data.rejected(), unclassified);
    }

    private Source relocate(Source s, Map<Integer, Place> lines, Map<Long, Place> cells) {
        Place cell = cells.get(key(s.line(), s.column()));
        if (cell != null) return s.moved(cell.line(), cell.column(), cell.locator());
        List<Piece> ps = pieces.get(s.line());
        Place home = lines.get(s.line());
        if (ps == null) return home == null ? s : s.moved(s.line(), s.column(), home.locator());
        int offset = s.column() - (home == null ? 1 : home.column());
        Piece at = ps.get(0);
        for (Piece p : ps) if (p.offset() <= offset) at = p;
        return s.moved(at.place().line(), at.place().column() + Math.max(0, offset - at.offset()), at.place().locator());
    }

    private static long key(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }
}
