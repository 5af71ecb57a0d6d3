package plancheck.read.office;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import plancheck.read.document.Document;
import plancheck.read.document.Document.Block;
import plancheck.read.document.Document.Cell;
import plancheck.read.document.Document.Paragraph;
import plancheck.read.document.Document.Table;
import plancheck.read.document.DocumentPlanReader.NotReadable;
import plancheck.read.document.Place;

/**
 * Reads a Word .docx (POI XWPF): body paragraphs as paragraphs, tables as tables with merged cells'
 * text in each grid cell they span. A paragraph's number (body and cell paragraphs, in order) is its
 * line; its locator names it, or the table, row and column of a cell.
 */
final class DocxConverter {
    /*
     * A plan's document.xml is a few MB at most. POI's defaults would inflate a small zip to 4 GB per
     * entry; a document expanding more than 100 times (the ratio of a zip bomb, not of XML text) or
     * past 64 MB in one part is refused before it fills the heap.
     */
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ENTRY_BYTES = 64L << 20;

    static {
        limits();
    }

    private DocxConverter() {
    }

    /** Sets POI's zip limits (process-wide in POI): the reader and the annotator both open through here. */
    static void limits() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    /** Opens a .docx read-only; the caller closes it with {@link OPCPackage#revert()}, leaving the file as it was. */
    static XWPFDocument open(Path file) throws NotReadable {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new XWPFDocument(pkg);
        } catch (Exception | NoClassDefFoundError e) {
            if (pkg != null) pkg.revert();
            throw new NotReadable(why(e));
        }
    }

    static String why(Throwable e) {
        String m = String.valueOf(e.getMessage());
        for (Throwable c = e; c != null; c = c.getCause()) {
            String cm = String.valueOf(c.getMessage());
            if (cm.contains("Zip bomb") || cm.contains("exceeds the max") || cm.contains("ZipSecureFile")) {
                return "zip bomb refused: a part of this .docx expands past plancheck's limits (over 100 times"
                        + " its compressed size, or over " + (MAX_ENTRY_BYTES >> 20) + " MB)";
            }
        }
        if (m.contains("word/document.xml") || m.contains("No valid entries") || m.contains("content type")) {
            return "not a Word .docx: a zip file without a Word document in it";
        }
        if (m.contains("Failed to read the file input stream") || m.contains("zip") || m.contains("Zip")
                || m.contains("end header") || m.contains("Truncated")) {
            return "corrupt or truncated Word .docx: not a complete zip file";
        }
        return "corrupt or truncated Word .docx (" + Office.oneLine(e) + ")";
    }

    static Document read(Path file) throws NotReadable {
        XWPFDocument doc = open(file);
        try {
            Map<XWPFParagraph, Integer> numbers = new IdentityHashMap<>();
            List<XWPFParagraph> all = WordBody.paragraphs(doc);
            for (int i = 0; i < all.size(); i++) numbers.put(all.get(i), i + 1);
            List<Block> blocks = new ArrayList<>();
            int tables = 0;
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    String text = WordBody.text(p);
                    int n = numbers.get(p);
                    if (!text.isBlank()) blocks.add(new Paragraph(text, new Place(n, 1, "paragraph=" + n)));
                } else if (e instanceof XWPFTable t) {
                    Table table = table(t, ++tables, numbers);
                    if (table != null) blocks.add(table);
                }
            }
            return new Document(blocks, "docx");
        } catch (RuntimeException e) {
            throw new NotReadable("corrupt Word .docx (" + Office.oneLine(e) + ")");
        } finally {
            doc.getPackage().revert();
        }
    }

    /** The table with each merged cell's text in every grid cell it spans; null when it has no rows. */
    private static Table table(XWPFTable t, int number, Map<XWPFParagraph, Integer> numbers) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> above = List.of();
        int r = 0;
        for (XWPFTableRow row : t.getRows()) {
            r++;
            List<Cell> cells = new ArrayList<>();
            for (XWPFTableCell c : row.getTableCells()) {
                CTTcPr pr = c.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null
                        ? Math.max(1, pr.getGridSpan().getVal().intValue()) : 1;
                boolean continued = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                int line = c.getParagraphs().isEmpty() ? 0 : numbers.getOrDefault(c.getParagraphs().get(0), 0);
                for (int k = 0; k < span; k++) {
                    int col = cells.size();
                    String text = continued && col < above.size() ? above.get(col).text() : cellText(c);
                    cells.add(new Cell(text, new Place(line, 1 + k, "table=" + number + ";row=" + r + ";column=" + (col + 1))));
                }
            }
            rows.add(cells);
            above = cells;
        }
        if (rows.isEmpty()) return null;
        Place first = rows.get(0).isEmpty() ? new Place(0, 0, "table=" + number) : rows.get(0).get(0).place();
        return new Table(rows, new Place(first.line(), 1, "table=" + number));
    }

    private static String cellText(XWPFTableCell c) {
        StringBuilder b = new StringBuilder();
        for (IBodyElement e : c.getBodyElements()) {
            String t = e instanceof XWPFParagraph p ? WordBody.text(p)
                    : e instanceof XWPFTable nested ? nested.getText() : "";
            if (t.isBlank()) continue;
            if (b.length() > 0) b.append(' ');
            b.append(t.strip());
        }
        return b.toString().replaceAll("\\s+", " ");
    }
}
