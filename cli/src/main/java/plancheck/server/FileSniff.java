package plancheck.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import plancheck.read.Inputs;

/**
 * Looks at an uploaded Word or PDF file's first bytes before anything reads it: a .docx must be a
 * zip (or an old .doc saved under the new name, which the readers tell apart by content), a .doc an
 * OLE file or a zip, a .pdf must start with {@code %PDF-}; a zip that unpacks to far more than
 * it holds is refused unread (the document readers have limits of their own; this answers the
 * client with a 4xx before a check slot is taken).
 */
final class FileSniff {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    /** More than 100 times its packed size, past 10 MB, or 200 MB in all: what POI's ZipSecureFile treats as a bomb. */
    private static final int MAX_RATIO = 100;
    private static final long RATIO_FROM = 10L << 20;
    private static final long MAX_TOTAL = 200L << 20;

    private FileSniff() {
    }

    static void check(Path file) throws Refusal, IOException {
        String name = Inputs.name(file);
        String ext = Upload.extension(name);
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            head = Arrays.copyOf(head, Math.max(0, in.readNBytes(head, 0, head.length)));
        }
        switch (ext) {
            case "docx", "doc" -> {
                boolean zip = starts(head, ZIP);
                if (!zip && !starts(head, OLE)) throw new Refusal(415, "not-word", name);
                if (zip) unpacked(file, name);
            }
            case "pdf" -> {
                if (!starts(head, new byte[] {'%', 'P', 'D', 'F', '-'})) throw new Refusal(415, "not-pdf", name);
            }
            default -> {
                // text, CSV, JSON and HTML: their readers decide, and say so in the report
            }
        }
    }

    /** Inflates every entry, counting, and stops at the first sign of a bomb. */
    private static void unpacked(Path file, String name) throws Refusal, IOException {
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                long packed = Math.max(1, entry.getCompressedSize());
                long size = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buf)) > 0; ) {
                        size += n;
                        total += n;
                        if (total > MAX_TOTAL || size > RATIO_FROM && size > packed * MAX_RATIO) {
                            throw new Refusal(413, "bomb", name);
                        }
                    }
                }
            }
        } catch (ZipException e) {
            throw new Refusal(415, "not-word", name);
        }
    }

    private static boolean starts(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
