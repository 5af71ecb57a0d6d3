package plancheck.annotate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.text.TextPosition;
import plancheck.read.office.PdfLayout;

/**
 * Highlights on a PDF: each over the quoted text's glyphs (found again by the line numbers the
 * reader gave), with the message as its note and "plancheck" as its author.
 */
final class PdfMarks {
    private static final int MAX_LINES = 4;

    private PdfMarks() {
    }

    static int write(PDDocument doc, List<Annotator.Mark> marks, OutputStream out) throws IOException {
        try (doc) {
            List<PdfLayout.Line> lines = PdfLayout.lines(doc);
            int n = 0;
            for (Annotator.Mark mark : marks) {
                int k = mark.at().line() - 1;
                if (k < 0 || k >= lines.size()) continue;
                List<List<TextPosition>> parts = glyphs(lines, k, mark.at().column() - 1, mark.at().quote());
                if (parts.isEmpty()) continue;
                PDPage page = doc.getPage(lines.get(k).page() - 1);
                page.getAnnotations().add(highlight(page, parts, mark.text()));
                n++;
            }
            if (doc.isEncrypted()) doc.setAllSecurityToBeRemoved(true);
            doc.save(out);
            return n;
        }
    }

    /** The quote's glyphs from line k at {@code from}, continuing on the next lines (same page) while it wraps. */
    private static List<List<TextPosition>> glyphs(List<PdfLayout.Line> lines, int k, int from, String quote) {
        List<List<TextPosition>> out = new ArrayList<>();
        PdfLayout.Line l = lines.get(k);
        from = Math.max(0, Math.min(from, l.text().length() - 1));
        int left = Math.max(1, quote.strip().length());
        for (int i = 0; i < MAX_LINES && left > 0 && k + i < lines.size(); i++) {
            PdfLayout.Line line = lines.get(k + i);
            if (line.page() != l.page()) break;
            int start = i == 0 ? from : 0;
            int end = start;
            // A table cell ends at the gap before the next cell: stop there.
            while (end < line.text().length() && end - start < left && !(end > start && line.glyph()[end] < 0)) end++;
            List<TextPosition> g = line.glyphs(start, end);
            if (!g.isEmpty()) out.add(g);
            left -= end - start;
            if (end < line.text().length()) break;
        }
        return out;
    }

    private static PDAnnotationHighlight highlight(PDPage page, List<List<TextPosition>> parts, String text) {
        float h = page.getMediaBox().getHeight();
        float[] quads = new float[parts.size() * 8];
        float x0 = Float.MAX_VALUE, y0 = Float.MAX_VALUE, x1 = 0, y1 = 0;
        for (int i = 0; i < parts.size(); i++) {
            List<TextPosition> g = parts.get(i);
            TextPosition a = g.get(0), b = g.get(g.size() - 1);
            float size = 0;
            for (TextPosition t : g) size = Math.max(size, Math.max(t.getHeightDir(), t.getFontSizeInPt()));
            float left = a.getXDirAdj(), right = b.getXDirAdj() + b.getWidthDirAdj();
            float top = h - a.getYDirAdj() + size, bottom = h - a.getYDirAdj() - size * 0.25f;
            float[] q = {left, top, right, top, left, bottom, right, bottom};
            System.arraycopy(q, 0, quads, i * 8, 8);
            x0 = Math.min(x0, left);
            x1 = Math.max(x1, right);
            y0 = Math.min(y0, bottom);
            y1 = Math.max(y1, top);
        }
        PDAnnotationHighlight a = new PDAnnotationHighlight();
        a.setRectangle(new PDRectangle(x0, y0, x1 - x0, y1 - y0));
        a.setQuadPoints(quads);
        a.setContents(text);
        a.setTitlePopup(Annotator.AUTHOR);
        a.setColor(new PDColor(new float[] {1f, 0.85f, 0f}, PDDeviceRGB.INSTANCE));
        a.setPrinted(true);
        a.constructAppearances();
        return a;
    }
}
