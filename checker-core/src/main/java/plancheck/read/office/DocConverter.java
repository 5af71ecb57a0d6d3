package plancheck.read.office;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import plancheck.read.document.Document;
import plancheck.read.document.Document.Block;
import plancheck.read.document.Document.Cell;
import plancheck.read.document.Document.Paragraph;
import plancheck.read.document.Document.Table;
import plancheck.read.document.DocumentPlanReader.NotReadable;
import plancheck.read.document.Place;

/**
 * Reads a Word 97–2003 .doc (POI HWPF), and tells the other OLE2 files apart: a password-protected
 * .docx is an OLE2 container too. Paragraphs are numbered as Word stores them (a table's cell and
 * row-end marks included); tables come as tables, vertically merged cells' text repeated.
 */
final class DocConverter {
    private DocConverter() {
    }

    static Document read(Path file) throws NotReadable {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new NotReadable("encrypted: a password-protected Word file cannot be read (save it without a password)");
            }
            if (!root.hasEntry("WordDocument")) {
                throw new NotReadable("not a Word document: an Office (OLE2) file of another kind (Excel, PowerPoint …?)");
            }
            return read(new HWPFDocument(root));
        } catch (NotReadable e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new NotReadable("encrypted: a password-protected Word file cannot be read (save it without a password)");
        } catch (OldWordFileFormatException e) {
            throw new NotReadable("a Word 6/95 file: plancheck reads Word 97 and later (save it as .docx)");
        } catch (IOException | RuntimeException e) {
            throw new NotReadable("corrupt or truncated Word .doc (" + Office.oneLine(e) + ")");
        }
    }

    private static Document read(HWPFDocument doc) {
        Range range = doc.getRange();
        List<Block> blocks = new ArrayList<>();
        int n = range.numParagraphs();
        int tables = 0;
        for (int i = 0; i < n; i++) {
            org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                org.apache.poi.hwpf.usermodel.Table t = range.getTable(p);
                blocks.add(table(t, i + 1, ++tables));
                i += t.numParagraphs() - 1;
                continue;
            }
            String text = clean(p.text());
            if (!text.isBlank()) blocks.add(new Paragraph(text, new Place(i + 1, 1, "paragraph=" + (i + 1))));
        }
        return new Document(blocks, "doc");
    }

    private static Table table(org.apache.poi.hwpf.usermodel.Table t, int firstParagraph, int number) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> above = List.of();
        int paragraph = firstParagraph;
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int col = cells.size();
                String text = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged() && col < above.size()
                        ? above.get(col).text() : clean(cell.text());
                cells.add(new Cell(text, new Place(paragraph, 1,
                        "table=" + number + ";row=" + (r + 1) + ";column=" + (col + 1))));
                paragraph += cell.numParagraphs();
            }
            // The row-end mark is a paragraph of its own.
            paragraph += Math.max(0, row.numParagraphs() - countCellParagraphs(row));
            rows.add(cells);
            above = cells;
        }
        return new Table(rows, new Place(firstParagraph, 1, "table=" + number));
    }

    private static int countCellParagraphs(TableRow row) {
        int k = 0;
        for (int c = 0; c < row.numCells(); c++) k += row.getCell(c).numParagraphs();
        return k;
    }

    /** Word's stored text without field codes, cell marks and line ends: one paragraph, spaces kept single. */
    private static String clean(String raw) {
        String t = Range.stripFields(raw);
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            b.append(c < ' ' ? ' ' : c);
        }
        return b.toString().strip();
    }
}
