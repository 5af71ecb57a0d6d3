package plancheck.read.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import plancheck.read.Inputs;

/**
 * Turns a plan document's bytes into text. Government files come as UTF-8 (with or without BOM),
 * UTF-16 with BOM, or GB18030/GBK; anything else (a binary file, a broken encoding) is refused
 * rather than read as garbage, because garbage would silently lose the figures in it.
 */
public final class TextDecoder {
    /** Why the bytes are not a text document. */
    static final class NotText extends Exception {
        NotText(String message) {
            super(message);
        }
    }

    private TextDecoder() {
    }

    /** The document's text, without BOM, or empty when it is not text (what the reader would refuse). */
    public static java.util.Optional<String> text(byte[] bytes) {
        try {
            return java.util.Optional.of(decode(bytes));
        } catch (NotText e) {
            return java.util.Optional.empty();
        }
    }

    /** The document's text, without BOM. */
    static String decode(byte[] bytes) throws NotText {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return strict(bytes, 3, StandardCharsets.UTF_8);
        if (startsWith(bytes, 0xFF, 0xFE)) return strict(bytes, 2, StandardCharsets.UTF_16LE);
        if (startsWith(bytes, 0xFE, 0xFF)) return strict(bytes, 2, StandardCharsets.UTF_16BE);
        if (looksBinary(bytes)) throw new NotText("not text: the file holds binary data (NUL or control bytes)");
        try {
            return decode(bytes, 0, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            String gbk = Inputs.gbkText(bytes, 0, bytes.length);
            if (gbk != null) return gbk;
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
}
