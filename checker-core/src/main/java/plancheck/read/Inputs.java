package plancheck.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opening input files: strict UTF-8 decoding (bad bytes are an error, never garbage), BOM skipped. */
public final class Inputs {
    private Inputs() {
    }

    /** The file's own name, its path's last element: "" for a root, which has none. */
    public static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? "" : n.toString();
    }

    /** A whole text file, read as {@link #utf8Reader} reads it. */
    public static String utf8Text(Path file) throws IOException {
        try (Reader in = utf8Reader(file)) {
            java.io.StringWriter out = new java.io.StringWriter();
            in.transferTo(out);
            return out.toString();
        }
    }

    public static Reader utf8Reader(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        PushbackReader in = new PushbackReader(
                new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder)), 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') in.unread(first);
        return in;
    }

    /**
     * The error for a file that is not UTF-8, naming the line of the first bad byte, so the user
     * can find it (0x0A never occurs inside a UTF-8 sequence, so counting it gives the line).
     */
    public static InputError notUtf8(Path file, String name, String what) {
        String fix = "not UTF-8 text" + likely(file) + ": save the " + what + " as UTF-8";
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(8192);
        byte[] buf = new byte[8192];
        ByteBuffer in = ByteBuffer.allocate(8192 + 8);
        int line = 1;
        long offset = 0;
        try (var stream = Files.newInputStream(file)) {
            int n;
            boolean eof = false;
            while (!eof) {
                n = stream.read(buf, 0, Math.min(buf.length, in.remaining()));
                eof = n < 0;
                if (n > 0) in.put(buf, 0, n);
                in.flip();
                while (true) {
                    int start = in.position();
                    CoderResult r = decoder.decode(in, out, eof);
                    for (int i = start; i < in.position(); i++) if (in.get(i) == '\n') line++;
                    offset += in.position() - start;
                    out.clear();
                    if (r.isError()) {
                        return new InputError(name, line, 0, fix + " (byte 0x"
                                + String.format("%02X", in.get(in.position()) & 0xFF) + " at offset " + offset
                                + " is not valid UTF-8)");
                    }
                    if (r.isUnderflow()) break;
                }
                in.compact();
            }
        } catch (IOException e) {
            return new InputError(name, 0, 0, fix);
        }
        return new InputError(name, 0, 0, fix);
    }

    /**
     * What the bytes probably are, for the two cases users meet: UTF-16 (a BOM) and GBK, which
     * Chinese Excel and Notepad write by default. Only the first megabyte is looked at.
     */
    private static String likely(Path file) {
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(1 << 20);
        } catch (IOException e) {
            return "";
        }
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            return " (it looks like UTF-16)";
        }
        int cut = head.length;
        // A megabyte may end inside a two-byte character: drop a trailing lead byte.
        if (cut == 1 << 20 && (head[cut - 1] & 0x80) != 0) cut--;
        return gbkText(head, 0, cut) != null ? " (it looks like GBK)" : "";
    }

    /**
     * The bytes read as GB18030/GBK, or null when they are not GBK text. GB18030 maps nearly every
     * byte pair to some character, so decoding alone proves nothing: real Chinese text is also
     * mostly ASCII, common Han characters and CJK punctuation.
     */
    public static String gbkText(byte[] b, int offset, int length) {
        try {
            String s = java.nio.charset.Charset.forName("GB18030").newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, length)).toString();
            return plausibleChinese(s) ? s : null;
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    /** At least 90 % of the characters are ASCII, common CJK, or CJK/full-width punctuation. */
    static boolean plausibleChinese(String s) {
        if (s.isEmpty()) return true;
        int good = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F)
                    || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2010 && c <= 0x2027)) good++;
        }
        return good * 10L >= s.length() * 9L;
    }

    /** Whether {@code e} or a cause of it says the bytes were not UTF-8. */
    public static boolean isEncodingProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.nio.charset.CharacterCodingException) return true;
        }
        return false;
    }

    /** A file-system failure in words: no exception class names, no stack trace. */
    public static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && !(t instanceof FileSystemException)) t = t.getCause();
        if (t instanceof AccessDeniedException) return "permission denied";
        if (t instanceof NoSuchFileException) return "no such file";
        if (t instanceof FileSystemException fse && fse.getReason() != null) return fse.getReason();
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.split("\n")[0];
    }
}
