package plancheck.read;

import java.util.Arrays;

/**
 * The cleaned texts of one column, found by the bytes (or the parser's characters) they were read
 * from, with their two hashes ({@link RowParser#hash}): most fields repeat from row to row (region,
 * plan id, unit, year, value ...) and are then neither decoded nor cleaned again. The byte readers
 * (CSV, the JSON fast pass) look texts up by their bytes, the JSON reader's exact pass by characters;
 * one cache holds one kind of key. Open addressing; it stops growing at {@link #MAX} texts, after
 * which new texts are cleaned each time, and holds no key longer than {@link #MAX_KEY}.
 */
final class TextCache {
    private static final int MAX = 1 << 15, MAX_KEY = 1024;
    /** byte[] or char[] */
    private Object[] keys = new Object[64];
    private String[] texts = new String[64];
    private int[] hashes = new int[64];
    private long[] digests = new long[128];
    private int size;

    /** The 31-polynomial hash (from 1) a byte key is looked up by; the byte readers compute it while scanning. */
    static int hash(byte[] b, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) h = 31 * h + b[i];
        return h;
    }

    static int hash(char[] c, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) h = 31 * h + c[i];
        return h;
    }

    /**
     * Whether the text of bytes {@code from..to} ({@code hash}: their {@link #hash}) is known; if so,
     * puts it into {@code texts[at]} and its hashes into {@code digests[2 at]} and {@code [2 at + 1]}.
     */
    boolean get(byte[] b, int from, int to, int hash, String[] texts, long[] digests, int at) {
        if (to - from > MAX_KEY) return false;
        int h = spread(hash), mask = keys.length - 1;
        for (int i = h & mask; keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && keys[i] instanceof byte[] k && Arrays.equals(k, 0, k.length, b, from, to)) {
                copy(i, texts, digests, at);
                return true;
            }
        }
        return false;
    }

    /** {@link #get(byte[], int, int, int, String[], long[], int)} for characters. */
    boolean get(char[] c, int from, int to, String[] texts, long[] digests, int at) {
        if (to - from > MAX_KEY) return false;
        int h = spread(hash(c, from, to)), mask = keys.length - 1;
        for (int i = h & mask; keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && keys[i] instanceof char[] k && Arrays.equals(k, 0, k.length, c, from, to)) {
                copy(i, texts, digests, at);
                return true;
            }
        }
        return false;
    }

    /**
     * Remembers the cleaned {@code text} (hashes {@code a}, {@code b}) of the bytes {@code key} (the
     * cache keeps the array; a reader copies it out of its buffer before the buffer moves on).
     */
    void put(byte[] key, int hash, String text, long a, long b) {
        if (key.length <= MAX_KEY && size < MAX) put((Object) key, spread(hash), text, a, b);
    }

    void put(char[] c, int from, int to, String text, long a, long b) {
        if (to - from <= MAX_KEY && size < MAX) put((Object) Arrays.copyOfRange(c, from, to), spread(hash(c, from, to)), text, a, b);
    }

    private void copy(int i, String[] texts, long[] digests, int at) {
        texts[at] = this.texts[i];
        digests[2 * at] = this.digests[2 * i];
        digests[2 * at + 1] = this.digests[2 * i + 1];
    }

    private void put(Object key, int h, String text, long a, long b) {
        int mask = keys.length - 1, i = h & mask;
        while (keys[i] != null) i = (i + 1) & mask;
        keys[i] = key;
        texts[i] = text;
        hashes[i] = h;
        digests[2 * i] = a;
        digests[2 * i + 1] = b;
        if (2 * ++size > keys.length) grow();
    }

    private void grow() {
        Object[] ok = keys;
        String[] ot = texts;
        int[] oh = hashes;
        long[] od = digests;
        keys = new Object[ok.length * 2];
        texts = new String[ok.length * 2];
        hashes = new int[ok.length * 2];
        digests = new long[ok.length * 4];
        size = 0;
        for (int j = 0; j < ok.length; j++) if (ok[j] != null) put(ok[j], oh[j], ot[j], od[2 * j], od[2 * j + 1]);
    }

    /**
     * A polynomial hash mixed for open addressing: texts that differ in their last character (1110,
     * 1111 ...) would otherwise fill neighbouring slots and make long runs to probe.
     */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
