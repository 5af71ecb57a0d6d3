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
    /** A slot's key is in one of the two (the other is null); {@code texts[i] != null} marks a slot taken. */
    private byte[][] byteKeys = new byte[64][];
    private char[][] charKeys = new char[64][];
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
        int h = spread(hash), mask = hashes.length - 1;
        byte[] k;
        for (int i = h & mask; this.texts[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && (k = byteKeys[i]) != null && Arrays.equals(k, 0, k.length, b, from, to)) {
                copy(i, texts, digests, at);
                return true;
            }
        }
        return false;
    }

    /** {@link #get(byte[], int, int, int, String[], long[], int)} for characters. */
    boolean get(char[] c, int from, int to, String[] texts, long[] digests, int at) {
        if (to - from > MAX_KEY) return false;
        int h = spread(hash(c, from, to)), mask = hashes.length - 1;
        char[] k;
        for (int i = h & mask; this.texts[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && (k = charKeys[i]) != null && Arrays.equals(k, 0, k.length, c, from, to)) {
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
        if (key.length <= MAX_KEY && size < MAX) put(key, null, spread(hash), text, a, b);
    }

    void put(char[] c, int from, int to, String text, long a, long b) {
        if (to - from <= MAX_KEY && size < MAX) put(null, Arrays.copyOfRange(c, from, to), spread(hash(c, from, to)), text, a, b);
    }

    private void copy(int i, String[] texts, long[] digests, int at) {
        texts[at] = this.texts[i];
        digests[2 * at] = this.digests[2 * i];
        digests[2 * at + 1] = this.digests[2 * i + 1];
    }

    private void put(byte[] bytes, char[] chars, int h, String text, long a, long b) {
        int mask = texts.length - 1, i = h & mask;
        while (texts[i] != null) i = (i + 1) & mask;
        byteKeys[i] = bytes;
        charKeys[i] = chars;
        texts[i] = text;
        hashes[i] = h;
        digests[2 * i] = a;
        digests[2 * i + 1] = b;
        if (2 * ++size > texts.length) grow();
    }

    private void grow() {
        byte[][] ob = byteKeys;
        char[][] oc = charKeys;
        String[] ot = texts;
        int[] oh = hashes;
        long[] od = digests;
        int n = ot.length * 2;
        byteKeys = new byte[n][];
        charKeys = new char[n][];
        texts = new String[n];
        hashes = new int[n];
        digests = new long[2 * n];
        size = 0;
        for (int j = 0; j < ot.length; j++) if (ot[j] != null) put(ob[j], oc[j], oh[j], ot[j], od[2 * j], od[2 * j + 1]);
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
