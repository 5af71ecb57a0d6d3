package plancheck.read.office;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The paragraphs of a Word .docx in document order (body paragraphs and those in table cells, nested
 * tables included) and their text, one way for the reader and the annotator: a paragraph's number
 * is what reports cite as its line, and the annotator finds the paragraph again by it.
 */
public final class WordBody {
    private WordBody() {
    }

    /** Every paragraph, in document order; the paragraph numbered n (1-based) is at index n - 1. */
    public static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
        List<XWPFParagraph> out = new ArrayList<>();
        collect(doc.getBodyElements(), out);
        return out;
    }

    private static void collect(List<IBodyElement> elements, List<XWPFParagraph> out) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                out.add(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) collect(cell.getBodyElements(), out);
                }
            }
        }
    }

    /**
     * The paragraph's text as its runs hold it, one character per character of the runs (tabs and
     * breaks as spaces), so that an offset into it is an offset into the runs.
     */
    public static String text(XWPFParagraph p) {
        StringBuilder b = new StringBuilder();
        for (XWPFRun r : p.getRuns()) b.append(runText(r));
        return b.toString();
    }

    /** One run's text with tabs, breaks and other control characters as spaces. */
    public static String runText(XWPFRun r) {
        String t = r.text();
        if (t == null) return "";
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            b.append(c < ' ' ? ' ' : c);
        }
        return b.toString();
    }
}
