package plancheck.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Passes a file's bytes on, checking on the way that they are UTF-8 as the JDK's strict decoder
 * takes it (Unicode's table 3-7: no overlong forms, surrogates or values above U+10FFFF), so the
 * fast pass parses bytes only where the exact pass would decode text. At the first bad byte, or
 * an end inside a character, it gives up ({@link Unusual}); likewise at a zero byte among the
 * first four, from which Jackson would guess UTF-16 or UTF-32.
 */
final class Utf8Check extends java.io.FilterInputStream {
    /** Continuation bytes still due, and the range the next one must be in. */
    private int due, lo = 0x80, hi = 0xBF;
    private long passed;
    /**
     * The bytes passed on most recently, at least the last 32 KB (Jackson reads 8,000 at a
     * time): where a string's raw bytes are read. {@code windowStart} is where window[0] is in
     * the file.
     */
    byte[] window = new byte[1 << 16];
    long windowStart;
    int windowLength;

    Utf8Check(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n < 0) {
            if (due > 0) throw Unusual.INSTANCE;
            return n;
        }
        if (passed < 4) {
            for (int i = off; i < off + n && passed + (i - off) < 4; i++) if (b[i] == 0) throw Unusual.INSTANCE;
        }
        passed += n;
        check(b, off, off + n);
        keep(b, off, n);
        return n;
    }

    private void keep(byte[] b, int off, int n) {
        if (2 * n > window.length) window = Arrays.copyOf(window, Integer.highestOneBit(n) * 4);
        if (windowLength + n > window.length) {
            int drop = windowLength + n - window.length;
            System.arraycopy(window, drop, window, 0, windowLength - drop);
            windowStart += drop;
            windowLength -= drop;
        }
        System.arraycopy(b, off, window, windowLength, n);
        windowLength += n;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("every byte is checked");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check(byte[] b, int from, int to) {
        int i = from;
        while (due > 0 && i < to) {
            int c = b[i++] & 0xFF;
            if (c < lo || c > hi) throw Unusual.INSTANCE;
            lo = 0x80;
            hi = 0xBF;
            due--;
        }
        while (i < to) {
            int c = b[i++];
            if (c >= 0) continue;
            c &= 0xFF;
            if (c >= 0xC2 && c <= 0xDF) {
                due = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                due = 2;
                if (c == 0xE0) lo = 0xA0;
                else if (c == 0xED) hi = 0x9F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                due = 3;
                if (c == 0xF0) lo = 0x90;
                else if (c == 0xF4) hi = 0x8F;
            } else {
                throw Unusual.INSTANCE;
            }
            while (due > 0 && i < to) {
                int d = b[i++] & 0xFF;
                if (d < lo || d > hi) throw Unusual.INSTANCE;
                lo = 0x80;
                hi = 0xBF;
                due--;
            }
        }
    }
}
