package plancheck.read.office;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import plancheck.read.document.Document;
import plancheck.read.document.Document.Block;
import plancheck.read.document.Document.Cell;
import plancheck.read.document.Document.Paragraph;
import plancheck.read.document.Document.Table;

/**
 * Writes a plan's blocks as the files reviewers receive: a .docx with real tables (paragraph text
 * split over several runs, as Word saves it), and a PDF with a CJK font, running header and page
 * numbers, wrapped paragraphs and table cells that wrap in their column.
 */
public final class Fixtures {
    public static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final float FONT = 10.5f, LEADING = 16f, MARGIN = 64f;

    private Fixtures() {
    }

    /** The .docx of these blocks; a table whose first cell is {@code mergedHeader} gets its years under a merged cell. */
    public static void docx(Document d, Path out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream o = Files.newOutputStream(out)) {
            for (Block b : d.blocks()) {
                if (b instanceof Paragraph p) {
                    XWPFParagraph para = doc.createParagraph();
                    String t = p.text();
                    // Word splits a paragraph into runs where formatting or editing changed: so do we.
                    for (int i = 0; i < t.length(); i += 7) para.createRun().setText(t.substring(i, Math.min(t.length(), i + 7)));
                } else if (b instanceof Table t) {
                    table(doc, t);
                    doc.createParagraph();
                }
            }
            doc.write(o);
        }
    }

    private static void table(XWPFDocument doc, Table t) {
        int cols = t.rows().stream().mapToInt(List::size).max().orElse(1);
        XWPFTable table = doc.createTable(t.rows().size(), cols);
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            List<Cell> cells = t.rows().get(r);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                String text = c < cells.size() ? cells.get(c).text() : "";
                cell.getParagraphs().get(0).createRun().setText(text);
            }
        }
    }

    /**
     * A .docx of a plan whose indicator table has a two-row header: 指标 and 单位 merged down the two
     * rows, 2020年 (基期) and the target years under a merged 目标 cell.
     */
    public static void mergedHeaderDocx(List<String> before, String[] years, List<String[]> rows, List<String> after, Path out)
            throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream o = Files.newOutputStream(out)) {
            for (String s : before) doc.createParagraph().createRun().setText(s);
            int cols = 2 + years.length;
            XWPFTable table = doc.createTable(2 + rows.size(), cols);
            XWPFTableRow h1 = table.getRow(0), h2 = table.getRow(1);
            set(h1.getCell(0), "指标");
            set(h1.getCell(1), "单位");
            vmerge(h1.getCell(0), STMerge.RESTART);
            vmerge(h1.getCell(1), STMerge.RESTART);
            vmerge(h2.getCell(0), STMerge.CONTINUE);
            vmerge(h2.getCell(1), STMerge.CONTINUE);
            set(h1.getCell(2), "目标值");
            // 目标值 spans every year column: one cell with gridSpan, the others removed.
            h1.getCell(2).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(years.length));
            for (int k = years.length - 1; k >= 1; k--) h1.removeCell(2 + k);
            h1.getCtRow().getTcList().subList(3, h1.getCtRow().getTcList().size()).clear();
            for (int k = 0; k < years.length; k++) set(h2.getCell(2 + k), years[k]);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < cols; c++) set(table.getRow(2 + r).getCell(c), rows.get(r)[c]);
            }
            for (String s : after) doc.createParagraph().createRun().setText(s);
            doc.write(o);
        }
    }

    private static void set(XWPFTableCell cell, String text) {
        cell.getParagraphs().get(0).createRun().setText(text);
    }

    private static void vmerge(XWPFTableCell cell, STMerge.Enum how) {
        var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewVMerge().setVal(how);
    }

    /** The PDF of these blocks, with {@code header} atop every page and "- n -" below. */
    public static void pdf(Document d, String header, Path out) throws IOException {
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(CJK_FONT.toFile())) {
            TrueTypeFont ttf = ttc.getFontByName("WenQuanYiZenHei");
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            new PdfWriter(doc, font, header).write(d);
            doc.save(out.toFile());
        }
    }

    /** Lays text out on pages, starting a new page when one is full. */
    private static final class PdfWriter {
        private final PDDocument doc;
        private final PDType0Font font;
        private final String header;
        private PDPageContentStream page;
        private float y;
        private int pages;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;

        PdfWriter(PDDocument doc, PDType0Font font, String header) {
            this.doc = doc;
            this.font = font;
            this.header = header;
        }

        void write(Document d) throws IOException {
            newPage();
            for (Block b : d.blocks()) {
                if (b instanceof Paragraph p) paragraph(p.text().strip());
                else table((Table) b);
            }
            page.close();
        }

        private void newPage() throws IOException {
            if (page != null) page.close();
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            page = new PDPageContentStream(doc, p);
            pages++;
            show(header, MARGIN + 100, PDRectangle.A4.getHeight() - 36, 9);
            show("- " + pages + " -", PDRectangle.A4.getWidth() / 2 - 10, 30, 9);
            y = PDRectangle.A4.getHeight() - MARGIN - 10;
        }

        private void show(String s, float x, float at, float size) throws IOException {
            if (s.isEmpty()) return;
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, at);
            page.showText(s);
            page.endText();
        }

        private float w(String s) throws IOException {
            return font.getStringWidth(s) / 1000 * FONT;
        }

        private void paragraph(String text) throws IOException {
            List<String> lines = wrap(text, width - 2 * FONT, width);
            boolean first = true;
            for (String l : lines) {
                if (y < MARGIN) newPage();
                show(l, MARGIN + (first ? 2 * FONT : 0), y, FONT);
                first = false;
                y -= LEADING;
            }
        }

        /** Breaks text into lines: the first {@code firstWidth} wide (indented), the others {@code rest}. */
        private List<String> wrap(String text, float firstWidth, float rest) throws IOException {
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float limit = firstWidth;
            for (int i = 0; i < text.length(); i++) {
                String c = text.substring(i, i + 1);
                if (w(line + c) > limit && line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                    limit = rest;
                }
                line.append(c);
            }
            if (line.length() > 0) out.add(line.toString());
            return out;
        }

        private void table(Table t) throws IOException {
            int cols = t.rows().stream().mapToInt(List::size).max().orElse(1);
            float[] widths = new float[cols];
            // A narrow first column (序号), a label column of a third, the rest shared.
            float label = cols > 2 ? width * 0.34f : width / cols;
            for (int c = 0; c < cols; c++) widths[c] = cols > 2 ? (c == 0 ? width * 0.08f : c == 1 ? label : (width * 0.58f) / (cols - 2)) : width / cols;
            y -= 4;
            for (List<Cell> row : t.rows()) {
                List<List<String>> wrapped = new ArrayList<>();
                int height = 1;
                for (int c = 0; c < cols; c++) {
                    String s = c < row.size() ? row.get(c).text().strip() : "";
                    List<String> lines = wrap(s, widths[c] - 2 * FONT, widths[c] - 2 * FONT);
                    wrapped.add(lines);
                    height = Math.max(height, lines.size());
                }
                if (y - height * LEADING < MARGIN) newPage();
                float x = MARGIN;
                for (int c = 0; c < cols; c++) {
                    float ly = y;
                    for (String l : wrapped.get(c)) {
                        show(l, x + 4, ly, FONT);
                        ly -= LEADING;
                    }
                    x += widths[c];
                }
                y -= height * LEADING + 2;
            }
            y -= 6;
        }
    }
}
