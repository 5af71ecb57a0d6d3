package plancheck.annotate;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import plancheck.read.office.WordBody;

/**
 * Word comments on a .docx: each anchored on the runs of the quoted text (a run split where the
 * text starts or ends inside it), or on the whole paragraph when the text is not found there. The
 * rest of the document is what POI writes back: the same parts and XML.
 */
final class DocxMarks {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxMarks() {
    }

    static int write(XWPFDocument doc, List<Annotator.Mark> marks, OutputStream out) throws IOException {
        try (doc) {
            List<XWPFParagraph> paragraphs = WordBody.paragraphs(doc);
            XWPFComments comments = doc.getDocComments() != null ? doc.getDocComments() : doc.createComments();
            BigInteger id = BigInteger.ZERO;
            for (XWPFComment c : comments.getComments()) {
                BigInteger cid = new BigInteger(c.getId());
                if (cid.compareTo(id) >= 0) id = cid.add(BigInteger.ONE);
            }
            int n = 0;
            for (Annotator.Mark mark : marks) {
                int line = mark.at().line();
                if (line > paragraphs.size()) continue;
                XWPFParagraph p = paragraphs.get(line - 1);
                XWPFComment c = comments.createComment(id);
                c.setAuthor(Annotator.AUTHOR);
                c.setInitials("PC");
                c.createParagraph().createRun().setText(mark.text());
                anchor(p, span(WordBody.text(p), mark.at().column() - 1, mark.at().quote()), id);
                id = id.add(BigInteger.ONE);
                n++;
            }
            doc.write(out);
            return n;
        }
    }

    /** The quote's characters in the paragraph: at the cited column, else where it first stands, else all. */
    static int[] span(String text, int column, String quote) {
        if (!quote.isEmpty() && column >= 0 && text.startsWith(quote, column)) return new int[] {column, column + quote.length()};
        int at = quote.isEmpty() ? -1 : text.indexOf(quote);
        if (at >= 0) return new int[] {at, at + quote.length()};
        return new int[] {0, text.length()};
    }

    /** Puts the comment's range around the runs covering [from, to) and its reference after them. */
    private static void anchor(XWPFParagraph p, int[] span, BigInteger id) {
        if (p.getRuns().isEmpty()) p.createRun();
        int first = split(p, span[0]);
        int last = split(p, span[1]) - 1;
        List<XWPFRun> runs = p.getRuns();
        if (first >= runs.size()) first = runs.size() - 1;
        if (last < first) last = first;
        try (XmlCursor c = runs.get(first).getCTR().newCursor()) {
            c.beginElement(new QName(W, "commentRangeStart", "w"));
            c.insertAttributeWithValue(new QName(W, "id", "w"), id.toString());
        }
        try (XmlCursor c = runs.get(last).getCTR().newCursor()) {
            c.toEndToken();
            c.toNextToken();
            c.beginElement(new QName(W, "commentRangeEnd", "w"));
            c.insertAttributeWithValue(new QName(W, "id", "w"), id.toString());
            c.toEndToken();
            c.toNextToken();
            c.beginElement(new QName(W, "r", "w"));
            c.beginElement(new QName(W, "commentReference", "w"));
            c.insertAttributeWithValue(new QName(W, "id", "w"), id.toString());
        }
    }

    /**
     * The index of the run that starts at character {@code at}, splitting the run {@code at} falls
     * inside (a plain run of text only: runs with tabs, breaks or fields are left whole).
     */
    private static int split(XWPFParagraph p, int at) {
        List<XWPFRun> runs = p.getRuns();
        int pos = 0;
        for (int i = 0; i < runs.size(); i++) {
            XWPFRun r = runs.get(i);
            int len = WordBody.runText(r).length();
            if (at <= pos) return i;
            if (at < pos + len) {
                CTR ct = r.getCTR();
                boolean plain = r.getParent() == p && ct.sizeOfTArray() == 1 && ct.sizeOfTabArray() == 0
                        && ct.sizeOfBrArray() == 0 && r.getClass() == XWPFRun.class && r.text().length() == len;
                if (!plain) return at - pos > len / 2 ? i + 1 : i;
                String t = r.text();
                XWPFRun tail = p.insertNewRun(i + 1);
                if (ct.isSetRPr()) tail.getCTR().setRPr((CTRPr) ct.getRPr().copy());
                tail.setText(t.substring(at - pos));
                r.setText(t.substring(0, at - pos), 0);
                return i + 1;
            }
            pos += len;
        }
        return runs.size();
    }
}
