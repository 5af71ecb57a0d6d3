package plancheck.read.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
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
 * Reads a web page (jsoup; charset from the BOM, {@code <meta charset>} or http-equiv, as browsers
 * do, so GBK pages of government sites read right): block elements and line breaks end paragraphs,
 * tables are tables with colspan/rowspan cells' text in each cell they span. Places are lines and
 * columns of the file, which jsoup tracks.
 */
final class HtmlConverter {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "section", "article", "header", "footer", "main", "blockquote", "pre", "dt", "dd", "dl", "center",
            "caption", "title", "tr", "form", "nav", "aside", "figure", "figcaption", "address", "hr");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "select", "option");

    private HtmlConverter() {
    }

    static Located read(Path file) throws NotReadable, IOException {
        org.jsoup.nodes.Document page;
        try (InputStream in = Files.newInputStream(file)) {
            Parser parser = Parser.htmlParser().setTrackPosition(true);
            page = Jsoup.parse(in, null, "", parser);
        } catch (java.nio.charset.IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
            throw new NotReadable("web page in a character set this Java does not know (" + Office.oneLine(e) + ")");
        }
        Builder b = new Builder();
        Element title = page.selectFirst("head > title");
        if (title != null) b.text(title.text(), place(title));
        b.end();
        b.walk(page.body());
        b.end();
        return new Located(new Document(b.blocks, "html"), b.pieces);
    }

    private static Place place(Node n) {
        var r = n.sourceRange();
        return r.isTracked() ? Place.line(r.start().lineNumber(), r.start().columnNumber()) : Place.line(0, 0);
    }

    /** Gathers inline text into paragraphs, each remembering where its pieces stand in the file. */
    private static final class Builder {
        final List<Block> blocks = new ArrayList<>();
        final Map<Integer, List<Piece>> pieces = new HashMap<>();
        private StringBuilder text = new StringBuilder();
        private List<Piece> ps = new ArrayList<>();
        private int tables;

        void walk(Element root) {
            if (root == null) return;
            root.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        text(t.text(), place(t));
                        return FilterResult.CONTINUE;
                    }
                    if (!(node instanceof Element e)) return FilterResult.CONTINUE;
                    String tag = e.normalName();
                    if (SKIPPED.contains(tag)) return FilterResult.SKIP_ENTIRELY;
                    if (tag.equals("table")) {
                        end();
                        blocks.add(table(e, ++tables));
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (tag.equals("br") || BLOCKS.contains(tag)) end();
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element e && BLOCKS.contains(e.normalName())) end();
                    return FilterResult.CONTINUE;
                }
            });
        }

        void text(String s, Place at) {
            if (s.isEmpty() || (s.isBlank() && text.length() == 0)) return;
            ps.add(new Piece(text.length(), at));
            text.append(s.replace('\u00a0', ' '));
        }

        void end() {
            String t = text.toString();
            if (!t.isBlank()) {
                int lead = 0;
                while (Character.isWhitespace(t.charAt(lead))) lead++;
                Place first = ps.get(0).place();
                List<Piece> shifted = new ArrayList<>();
                for (Piece p : ps) shifted.add(new Piece(p.offset() - lead, p.place()));
                Place at = new Place(first.line(), first.column() + lead, "");
                // Two paragraphs on one source line (minified pages): the later keeps its own column.
                blocks.add(new Paragraph(t.substring(lead).stripTrailing(), at));
                if (shifted.size() > 1 && !pieces.containsKey(at.line())) pieces.put(at.line(), shifted);
            }
            text = new StringBuilder();
            ps = new ArrayList<>();
        }
    }

    /** The table's rows (thead, tbody, tfoot in order; nested tables' text stays in their cell), spans filled. */
    private static Table table(Element table, int number) {
        List<Element> trs = new ArrayList<>();
        for (Element tr : table.select("tr")) if (tr.closest("table") == table) trs.add(tr);
        List<List<Cell>> rows = new ArrayList<>();
        Map<Integer, Cell[]> pending = new HashMap<>();
        Map<Integer, Integer> left = new HashMap<>();
        int r = 0;
        for (Element tr : trs) {
            r++;
            List<Cell> row = new ArrayList<>();
            int col = 0;
            for (Element td : tr.children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) continue;
                col = fillSpanned(row, col, pending, left);
                int colspan = span(td.attr("colspan")), rowspan = span(td.attr("rowspan"));
                Place at = place(td);
                String text = td.text().replace('\u00a0', ' ').strip();
                for (int k = 0; k < colspan; k++) {
                    Cell c = new Cell(text, new Place(at.line(), at.column() + k, "table=" + number + ";row=" + r + ";column=" + (col + 1)));
                    row.add(c);
                    if (rowspan > 1) {
                        pending.put(col, new Cell[] {c});
                        left.put(col, rowspan - 1);
                    }
                    col++;
                }
            }
            fillSpanned(row, col, pending, left);
            rows.add(row);
        }
        Place at = place(table);
        return new Table(rows, new Place(at.line(), at.column(), "table=" + number));
    }

    /** Adds the cells of rowspans from above that stand at {@code col} and after it; returns the next free column. */
    private static int fillSpanned(List<Cell> row, int col, Map<Integer, Cell[]> pending, Map<Integer, Integer> left) {
        while (left.getOrDefault(col, 0) > 0) {
            row.add(pending.get(col)[0]);
            left.merge(col, -1, Integer::sum);
            col++;
        }
        return col;
    }

    private static int span(String v) {
        try {
            return Math.max(1, Math.min(50, Integer.parseInt(v.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
