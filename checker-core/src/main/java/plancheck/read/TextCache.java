package plancheck.read;

import java.util.Arrays;

/**
 * The cleaned texts of one column, found by the characters the parser (FastCSV, Jackson) holds
 * them in: most fields repeat from row to row (region, plan id, unit, year, value ...) and are then
 * neither copied into a String nor cleaned again. Open addressing; it stops growing at {@link #MAX}
 * texts, after which new texts are cleaned each time, and holds no key longer than {@link #MAX_KEY}.
 */
final class TextCache {
    private static final int MAX = 1 << 15, MAX_KEY = 1024;
    private char[][] keys = new char[64][];
    private RowParser.Clean[] texts = new RowParser.Clean[64];
    private int[] hashes = new int[64];
    private int size;

    /** The cleaned text of {@code c[from, to)}, or null when it is not known. */
    RowParser.Clean get(char[] c, int from, int to) {
        if (to - from > MAX_KEY) return null;
        int h = hash(c, from, to), mask = hashes.length - 1;
        char[] k;
        for (int i = h & mask; texts[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && (k = keys[i]).length == to - from && Arrays.equals(k, 0, k.length, c, from, to)) return texts[i];
        }
        return null;
    }

    /** Remembers the cleaned {@code text} of {@code c[from, to)}. */
    void put(char[] c, int from, int to, RowParser.Clean text) {
        if (to - from <= MAX_KEY && size < MAX) put(Arrays.copyOfRange(c, from, to), hash(c, from, to), text);
    }

    private void put(char[] key, int h, RowParser.Clean text) {
        int mask = texts.length - 1, i = h & mask;
        while (texts[i] != null) i = (i + 1) & mask;
        keys[i] = key;
        texts[i] = text;
        hashes[i] = h;
        if (2 * ++size > texts.length) grow();
    }

    private void grow() {
        char[][] ok = keys;
        RowParser.Clean[] ot = texts;
        int[] oh = hashes;
        keys = new char[ok.length * 2][];
        texts = new RowParser.Clean[ok.length * 2];
        hashes = new int[ok.length * 2];
        size = 0;
        for (int j = 0; j < ot.length; j++) if (ot[j] != null) put(ok[j], oh[j], ot[j]);
    }

    /**
     * A polynomial hash mixed for open addressing: texts that differ in their last character (1110,
     * 1111 ...) would otherwise fill neighbouring slots and make long runs to probe.
     */
    private static int hash(char[] c, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) h = 31 * h + c[i];
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
