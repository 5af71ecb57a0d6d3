package plancheck.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the CSV files plancheck meets at scale (a header of contract columns, then plain rows)
 * straight from their bytes: no decoding of fields it has seen before, one copy of each repeated
 * text, no objects per field. Anything out of the ordinary (bytes that are not UTF-8, a header with
 * unknown, duplicate or missing columns, a quote where a field does not start with one, text after
 * a closing quote, an unterminated quote, a lone CR, an empty line before the header) makes it
 * give the whole file up, so that commons-csv reads it and says what is wrong in its usual words;
 * on the files it takes, rows, line numbers and messages are what the commons-csv path gives.
 */
final class CsvScanner {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private byte[] buf = new byte[1 << 18];
    private int limit;
    private boolean eof;
    /** Where buf[0] is in the file. */
    private long base;
    /** The file, when quotes are left in it ({@link FileQuote}); null to hold them in memory. */
    private final Path quotesIn;
    /** The quote of the record at hand when it is left in the file, else null. */
    private FileQuote quote;

    /**
     * Fields of the record last scanned: where each starts and ends, a hash of its bytes, and whether
     * it holds a doubled quote.
     */
    private int[] starts = new int[32], ends = new int[32], hashes = new int[32];
    private boolean[] escaped = new boolean[32];
    private int count;
    /** Line breaks inside the quoted fields of the record last scanned. */
    private int breaks;

    private CsvScanner(InputStream in, Path quotesIn) {
        this.in = in;
        this.quotesIn = quotesIn;
    }

    /**
     * The file's plan data, or null when it is not ordinary enough for this reader.
     *
     * @param storeQuotes leave plain quotes in a regular file, to be read back when a report asks
     */
    static PlanData read(Path file, String name, boolean storeQuotes) {
        Path quotesIn = storeQuotes && Files.isRegularFile(file) ? file.toAbsolutePath() : null;
        try (InputStream in = Files.newInputStream(file)) {
            return new CsvScanner(in, quotesIn).read(name);
        } catch (IOException | Unusual e) {
            return null;
        }
    }

    private PlanData read(String name) throws IOException, Unusual {
        fill(0);
        int pos = 0;
        if (limit >= 3 && Arrays.equals(buf, 0, 3, BOM, 0, 3)) pos = 3;
        if (pos == limit || buf[pos] == '\n' || buf[pos] == '\r') throw Unusual.INSTANCE;
        int next;
        while ((next = scan(pos)) < 0) pos = refill(pos);
        columns = header(pos, next);
        pos = next;
        line = 2;

        rows = new RowParser(name, "row");
        for (int c = 0; c < caches.length; c++) if (RowParser.repeats(c)) caches[c] = new TextCache();
        for (int c = 0; c < fields.length; c++) {
            fields[c] = rows.clean(c, null);
            RowParser.hash(fields[c], digest, c);
        }
        // One call per record: C2 compiles the record's work once, not again inside an OSR of this loop.
        while (pos >= 0) pos = next(pos);
        return rows.result();
    }

    /** The header's columns by contract index, the rows' parser, and the line of the record at hand. */
    private int[] columns;
    private RowParser rows;
    private int line;
    private final TextCache[] caches = new TextCache[RowParser.FIELD_COUNT];
    /** One array for every row (the parser keeps the texts, not the array); absent columns stay "". */
    private final String[] fields = new String[RowParser.FIELD_COUNT];
    private final long[] digest = new long[2 * RowParser.FIELD_COUNT];

    /** Reads the record or empty line at {@code pos}; returns where the next starts, or -1 at the end. */
    private int next(int pos) throws IOException, Unusual {
        if (pos == limit) return eof ? -1 : refill(pos);
        byte b = buf[pos];
        if (b == '\n' || b == '\r') { // an empty line: commons-csv skips it, and so its line number
            if (b == '\r' && pos + 1 == limit && !eof) return refill(pos);
            if (b == '\r' && (pos + 1 == limit || buf[pos + 1] != '\n')) throw Unusual.INSTANCE;
            line++;
            return pos + (b == '\r' ? 2 : 1);
        }
        int next = scan(pos);
        if (next < 0) return refill(pos);
        line += breaks;
        if (count != columns.length) {
            for (int i = 0; i < count; i++) validate(starts[i], ends[i]);
            rows.wrongWidth(line, count, columns.length);
        } else {
            for (int i = 0; i < count; i++) {
                int c = columns[i];
                TextCache cache = caches[c];
                if (cache == null) unique(i, c, rows, fields, digest);
                else if (!cache.get(buf, starts[i], ends[i], hashes[i], fields, digest, c)) repeating(cache, i, c);
            }
            rows.cleanRow(line, fields, digest, quote);
        }
        line++;
        return next;
    }

    /** A field of a column whose texts repeat, not yet in its cache: cleaned, hashed and remembered. */
    private void repeating(TextCache cache, int i, int column) {
        String text = cleaned(i, column, rows);
        fields[column] = text;
        RowParser.hash(text, digest, column);
        cache.put(Arrays.copyOfRange(buf, starts[i], ends[i]), hashes[i], text, digest[2 * column], digest[2 * column + 1]);
    }

    /**
     * A field that differs from row to row (the quote). When cleaning would change nothing (no
     * full-width characters, nothing to strip, no doubled quote) it is hashed as bytes, and either
     * left in the file ({@link FileQuote}: its bytes are only checked to be UTF-8, never decoded) or
     * decoded; otherwise it is decoded and cleaned.
     */
    private void unique(int i, int column, RowParser rows, String[] fields, long[] digest) throws Unusual {
        int from = starts[i], to = ends[i];
        quote = null;
        if (quotesIn != null && !escaped[i] && from < to) {
            if (validNarrow(from, to) && !space(codePointAt(from)) && !space(codePointBefore(to))) {
                RowParser.hash(buf, from, to, digest, column);
                fields[column] = "";
                quote = new FileQuote(quotesIn, base + from, to - from, digest[2 * column]);
                return;
            }
        }
        String raw = text(i);
        if (escaped[i] || !plain(i, raw)) {
            String text = rows.clean(column, raw);
            fields[column] = text;
            RowParser.hash(text, digest, column);
        } else {
            fields[column] = rows.cleanPlain(column, raw);
            RowParser.hash(buf, from, to, digest, column);
        }
    }

    /** Field {@code i} cleaned: {@link RowParser#clean} in full only when it would change something. */
    private String cleaned(int i, int column, RowParser rows) throws Unusual {
        String raw = text(i);
        // Keeps the character-by-character cleaning off the common path, where C2 would compile it in.
        return plain(i, raw) ? rows.cleanPlain(column, raw) : rows.clean(column, raw);
    }

    /** Whether cleaning field {@code i}, whose text is {@code raw}, would leave it as it is. */
    private boolean plain(int i, String raw) {
        return !raw.isEmpty() && !wide(starts[i], ends[i]) && !space(raw.charAt(0)) && !space(raw.charAt(raw.length() - 1));
    }

    /** The character whose UTF-8 (checked) starts at {@code p}. */
    private int codePointAt(int p) {
        return Utf8Bytes.codePointAt(buf, p);
    }

    /** The character whose UTF-8 (checked) ends just before {@code end}. */
    private int codePointBefore(int end) {
        return Utf8Bytes.codePointBefore(buf, end);
    }

    /** {@link Character#isWhitespace}, answered at once for printable ASCII and CJK ideographs. */
    private static boolean space(int c) {
        return Utf8Bytes.space(c);
    }

    /** Whether the bytes hold a character {@link plancheck.model.Num#toAscii} changes: U+FF01..U+FF5E, U+3000. */
    private boolean wide(int from, int to) {
        return Utf8Bytes.wide(buf, from, to);
    }

    /** The header's columns by contract index; quoted, unknown, repeated or missing columns are for commons-csv. */
    private int[] header(int pos, int next) throws Unusual {
        for (int p = pos; p < next; p++) if (buf[p] == '"') throw Unusual.INSTANCE;
        int[] columns = new int[count];
        boolean[] present = new boolean[RowParser.FIELD_COUNT];
        for (int i = 0; i < count; i++) {
            int c = RowParser.columnIndex(text(i));
            if (c < 0 || present[c]) throw Unusual.INSTANCE;
            present[c] = true;
            columns[i] = c;
        }
        for (String c : Columns.REQUIRED) if (!present[RowParser.columnIndex(c)]) throw Unusual.INSTANCE;
        return columns;
    }

    /**
     * Field {@code i} of the record last scanned, as text. Its bytes are checked here, not while
     * scanning: a field seen before was checked then (delimiters are ASCII, which never occurs
     * inside a UTF-8 sequence, so checking each field checks the file). The String constructor
     * replaces every malformed sequence with U+FFFD, so only a text holding one needs the byte check.
     */
    private String text(int i) throws Unusual {
        String s = new String(buf, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) validate(starts[i], ends[i]);
        return escaped[i] ? s.replace("\"\"", "\"") : s;
    }

    /**
     * Scans the record at {@code pos} (not an empty line) into the field arrays; returns where the
     * next record starts, or -1 when the buffer ends before this record does and more can be read.
     */
    private int scan(int pos) throws Unusual {
        count = 0;
        breaks = 0;
        int p = pos;
        while (true) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
                hashes = Arrays.copyOf(hashes, count * 2);
                escaped = Arrays.copyOf(escaped, count * 2);
            }
            boolean doubled = false;
            int start, end, h = 1;
            if (p < limit && buf[p] == '"') {
                start = ++p;
                while (true) {
                    if (p == limit) {
                        if (eof) throw Unusual.INSTANCE; // unterminated: commons-csv names the line it opened on
                        return -1;
                    }
                    byte b = buf[p];
                    if (b == '"') {
                        if (p + 1 == limit && !eof) return -1;
                        if (p + 1 < limit && buf[p + 1] == '"') {
                            doubled = true;
                            h = 31 * h + b;
                            p += 2;
                            continue;
                        }
                        end = p++;
                        break;
                    }
                    if (b == '\n') {
                        breaks++;
                        p++;
                    } else if (b == '\r') {
                        if (p + 1 == limit && !eof) return -1;
                        if (p + 1 == limit || buf[p + 1] != '\n') throw Unusual.INSTANCE;
                        p++;
                    } else {
                        p++;
                    }
                    h = 31 * h + b;
                }
                // After the closing quote only a delimiter or the end of the record may follow.
                if (p < limit && buf[p] != ',' && buf[p] != '\n' && buf[p] != '\r') throw Unusual.INSTANCE;
            } else {
                start = p;
                while (p < limit) {
                    byte b = buf[p];
                    if (b == ',' || b == '\n' || b == '\r') break;
                    if (b == '"') throw Unusual.INSTANCE;
                    h = 31 * h + b;
                    p++;
                }
                end = p;
            }
            starts[count] = start;
            ends[count] = end;
            hashes[count] = doubled ? ~h : h; // the same bytes mean another text when quotes were doubled
            escaped[count] = doubled;
            count++;
            if (p == limit) return eof ? p : -1;
            byte b = buf[p];
            if (b == ',') {
                p++;
            } else if (b == '\n') {
                return p + 1;
            } else { // '\r'
                if (p + 1 == limit) {
                    if (eof) throw Unusual.INSTANCE;
                    return -1;
                }
                if (buf[p + 1] != '\n') throw Unusual.INSTANCE;
                return p + 2;
            }
        }
    }

    /** Throws unless the bytes from {@code p} to {@code end} are well-formed UTF-8 (Unicode's table 3-7, as the JDK decodes). */
    private void validate(int p, int end) throws Unusual {
        validNarrow(p, end);
    }

    /**
     * {@link #validate}, in the same pass answering whether the text holds no character that
     * {@link plancheck.model.Num#toAscii} changes (see {@link #wide}).
     */
    private boolean validNarrow(int p, int end) throws Unusual {
        boolean narrow = true;
        while (p < end) {
            int b0 = buf[p];
            if (b0 >= 0) {
                p++;
                continue;
            }
            b0 &= 0xFF;
            int n, lo = 0x80, hi = 0xBF;
            if (b0 >= 0xC2 && b0 <= 0xDF) {
                n = 2;
            } else if (b0 >= 0xE0 && b0 <= 0xEF) {
                n = 3;
                if (b0 == 0xE0) lo = 0xA0;
                else if (b0 == 0xED) hi = 0x9F;
            } else if (b0 >= 0xF0 && b0 <= 0xF4) {
                n = 4;
                if (b0 == 0xF0) lo = 0x90;
                else if (b0 == 0xF4) hi = 0x8F;
            } else {
                throw Unusual.INSTANCE;
            }
            if (p + n > end) throw Unusual.INSTANCE;
            int b1 = buf[p + 1] & 0xFF;
            if (b1 < lo || b1 > hi) throw Unusual.INSTANCE;
            for (int k = 2; k < n; k++) {
                int bk = buf[p + k] & 0xFF;
                if (bk < 0x80 || bk > 0xBF) throw Unusual.INSTANCE;
            }
            if (n == 3 && (b0 == 0xEF || b0 == 0xE3) && wide(p, p + 3)) narrow = false;
            p += n;
        }
        return narrow;
    }

    /** Moves the bytes from {@code pos} on to the start of the buffer and reads more; returns the new pos (0). */
    private int refill(int pos) throws IOException {
        int keep = limit - pos;
        if (pos == 0) buf = Arrays.copyOf(buf, buf.length * 2); // one record longer than the buffer
        else System.arraycopy(buf, pos, buf, 0, keep);
        base += pos;
        limit = keep;
        fill(keep);
        return 0;
    }

    private void fill(int from) throws IOException {
        int n = in.readNBytes(buf, from, buf.length - from);
        limit = from + n;
        eof = limit < buf.length;
    }
}
