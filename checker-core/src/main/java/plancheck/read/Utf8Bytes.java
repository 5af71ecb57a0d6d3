package plancheck.read;

/**
 * Questions about well-formed UTF-8 bytes that the byte readers (CSV, JSON) ask of a field before
 * deciding it needs no decoding or cleaning.
 */
final class Utf8Bytes {
    private Utf8Bytes() {
    }

    /** The character whose UTF-8 (checked) starts at {@code p}. */
    static int codePointAt(byte[] buf, int p) {
        int b0 = buf[p] & 0xFF;
        if (b0 < 0x80) return b0;
        if (b0 < 0xE0) return (b0 & 0x1F) << 6 | (buf[p + 1] & 0x3F);
        if (b0 < 0xF0) return (b0 & 0x0F) << 12 | (buf[p + 1] & 0x3F) << 6 | (buf[p + 2] & 0x3F);
        return (b0 & 0x07) << 18 | (buf[p + 1] & 0x3F) << 12 | (buf[p + 2] & 0x3F) << 6 | (buf[p + 3] & 0x3F);
    }

    /** The character whose UTF-8 (checked) ends just before {@code end}. */
    static int codePointBefore(byte[] buf, int end) {
        int p = end - 1;
        while ((buf[p] & 0xC0) == 0x80) p--;
        return codePointAt(buf, p);
    }

    /** {@link Character#isWhitespace}, answered at once for printable ASCII and CJK ideographs. */
    static boolean space(int c) {
        if ((c > ' ' && c < 0x7F) || (c >= 0x4E00 && c <= 0x9FFF)) return false;
        return Character.isWhitespace(c);
    }

    /** Whether the bytes hold a character {@link plancheck.model.Num#toAscii} changes: U+FF01..U+FF5E, U+3000. */
    static boolean wide(byte[] buf, int from, int to) {
        for (int p = from; p + 2 < to; p++) {
            int b0 = buf[p] & 0xFF, b1 = buf[p + 1] & 0xFF, b2 = buf[p + 2] & 0xFF;
            if (b0 == 0xEF && ((b1 == 0xBC && b2 >= 0x81) || (b1 == 0xBD && b2 <= 0x9E))) return true;
            if (b0 == 0xE3 && b1 == 0x80 && b2 == 0x80) return true;
        }
        return false;
    }
}
