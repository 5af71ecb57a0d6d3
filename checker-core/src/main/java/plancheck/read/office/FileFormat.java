package plancheck.read.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import plancheck.read.Inputs;

/**
 * A document's format, told by its first bytes rather than its name: reviewers receive .doc files
 * renamed .docx (and the reverse), and web pages saved as anything.
 */
public enum FileFormat {
    DOCX, DOC, PDF, HTML, OTHER;

    private static final int SNIFF = 1024;

    /** The names whose files plancheck reads as documents of these formats. */
    public static boolean namedAsDocument(Path file) {
        String n = Inputs.name(file).toLowerCase(Locale.ROOT);
        return n.endsWith(".docx") || n.endsWith(".doc") || n.endsWith(".pdf") || n.endsWith(".html")
                || n.endsWith(".htm");
    }

    /** The format of the file's content; {@code OTHER} when it is none of these. */
    public static FileFormat of(Path file) throws IOException {
        byte[] head = new byte[SNIFF];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, SNIFF);
        }
        return of(head, n);
    }

    static FileFormat of(byte[] b, int n) {
        if (n >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) return DOCX;
        if (n >= 8 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11 && (b[3] & 0xff) == 0xE0
                && (b[4] & 0xff) == 0xA1 && (b[5] & 0xff) == 0xB1 && b[6] == 0x1A && (b[7] & 0xff) == 0xE1) {
            return DOC;
        }
        // A PDF's header may follow some junk bytes (readers accept it within the first kilobyte).
        String latin = new String(b, 0, n, StandardCharsets.ISO_8859_1);
        if (latin.contains("%PDF-")) return PDF;
        String lower = latin.toLowerCase(Locale.ROOT);
        if (lower.contains("<html") || lower.contains("<!doctype html") || lower.contains("<body")
                || lower.contains("<p>") || lower.contains("<table") || lower.contains("<meta")
                || lower.contains("<div")) {
            return HTML;
        }
        return OTHER;
    }

    /** What a file of this content is, for messages: "a Word .docx file" … */
    public String described() {
        return switch (this) {
            case DOCX -> "a zip (Word .docx) file";
            case DOC -> "an OLE2 (Word .doc) file";
            case PDF -> "a PDF file";
            case HTML -> "a web page";
            case OTHER -> "not a Word or PDF file (plain text or data?)";
        };
    }
}
