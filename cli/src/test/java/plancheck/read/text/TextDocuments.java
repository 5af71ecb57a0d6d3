package plancheck.read.text;

import java.io.IOException;
import java.nio.file.Path;
import plancheck.read.document.Document;

/** A plain-text plan's blocks, for tests that write the same plan in other formats. */
public final class TextDocuments {
    private TextDocuments() {
    }

    public static Document of(Path txt) throws IOException {
        try {
            return new TextPlanReader().convert(txt);
        } catch (plancheck.read.document.DocumentPlanReader.NotReadable e) {
            throw new IOException(e.getMessage());
        }
    }
}
