package plancheck.read.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import plancheck.read.document.DocumentPlanReader.NotReadable;

/** Opens Word and PDF files with the reader's limits (zip bomb, memory), for the annotator. */
public final class OfficeFiles {
    private OfficeFiles() {
    }

    /** The .docx loaded into memory (so that it can be written elsewhere; the file stays as it is). */
    public static XWPFDocument docx(Path file) throws NotReadable {
        DocxConverter.limits();
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        } catch (Exception e) {
            throw new NotReadable(DocxConverter.why(e));
        }
    }

    /** The PDF, read-only within the reader's memory limit; the caller closes it. */
    public static PDDocument pdf(Path file) throws NotReadable {
        return PdfConverter.open(file);
    }

    /** The format of the file's content. */
    public static FileFormat format(Path file) throws IOException {
        return FileFormat.of(file);
    }
}
