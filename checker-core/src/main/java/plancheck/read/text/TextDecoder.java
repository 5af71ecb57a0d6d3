package plancheck.read.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a plan document's bytes into text. Government files come as UTF-8 (with or without BOM),
 * UTF-16 with BOM, or GB18030/GBK; anything else (a binary file, a broken encoding) is refused
 * rather than read as garbage, because garbage would silently lose the figures in it.
 */
final class TextDecoder {
    static final Charset GB18030 = Charset.forName("GB18030");

    /** The decoded text, without BOM, and the encoding it was read in. */
    record Decoded(String text, String encoding) {
    }

    /** Why the bytes are not a text document. */
    static final class NotText extends Exception {
        NotText(String message) {
            super(message);
        }
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) throws NotText {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8), "UTF-8");
        if (startsWith(bytes, 0xFF, 0xFE)) return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        if (startsWith(bytes, 0xFE, 0xFF)) return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        if (looksBinary(bytes)) throw new NotText("not text: the file holds binary data (NUL or control bytes)");
        try {
            return new Decoded(decode(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            try {
                String s = decode(bytes, 0, GB18030);
                // GB18030 maps nearly every byte pair to some character; real Chinese text is
                // mostly common Han characters, ASCII and CJK punctuation.
                if (plausible(s)) return new Decoded(s, "GB18030");
            } catch (CharacterCodingException notGb) {
                // fall through
            }
            throw new NotText("not text: neither UTF-8 nor GB18030/GBK (save the document as UTF-8)");
        }
    }

    private static String strict(byte[] b, int offset, Charset cs) throws NotText {
        try {
            return decode(b, offset, cs);
        } catch (CharacterCodingException e) {
            throw new NotText("not text: the file starts with a " + cs.name() + " byte-order mark but is not "
                    + cs.name());
        }
    }

    private static String decode(byte[] b, int offset, Charset cs) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    /** NUL bytes, or more than 1 % control bytes other than tab, CR, LF and form feed. */
    static boolean looksBinary(byte[] b) {
        int control = 0;
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == 0) return true;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') control++;
        }
        return control > b.length / 100;
    }

    /** At least 90 % of the characters are ASCII, common CJK, or CJK/full-width punctuation. */
    static boolean plausible(String s) {
        if (s.isEmpty()) return true;
        int good = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F)
                    || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2010 && c <= 0x2027)) good++;
        }
        return good * 10L >= s.length() * 9L;
    }
}
