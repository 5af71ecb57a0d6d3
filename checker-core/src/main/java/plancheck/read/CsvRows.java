package plancheck.read;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * FastCSV's fields straight into the arrays {@link RowParser#row} takes: a text seen before in its
 * column is found by the parser's characters ({@link TextCache}) and not copied or cleaned again.
 * The first record is the header, kept as names until {@link #columns} maps them; each later record
 * is this handler again, its fields replaced.
 */
final class CsvRows extends AbstractBaseCsvCallbackHandler<CsvRows> {
    private final RowParser rows;
    private final TextCache[] caches = new TextCache[RowParser.FIELD_COUNT];
    /** The header's names, until the columns are known. */
    private final List<String> header = new ArrayList<>();
    /** Each field's column by {@link RowParser#columnIndex}; -1 for a column outside the contract. */
    private int[] columns;
    /** The record at hand, by column; a column the header lacks stays empty. */
    final String[] fields = new String[RowParser.FIELD_COUNT];
    final long[] hashes = new long[2 * RowParser.FIELD_COUNT];
    /** Line breaks inside the record's quoted fields. */
    private int breaks;

    CsvRows(RowParser rows) {
        this.rows = rows;
        for (int c = 0; c < caches.length; c++) {
            if (RowParser.repeats(c)) caches[c] = new TextCache();
            RowParser.Clean.EMPTY.into(c, fields, hashes);
        }
    }

    List<String> header() {
        return header;
    }

    /** From now on records are rows of these columns (by {@link RowParser#columnIndex}, -1 for unknown ones). */
    void columns(int[] columns) {
        this.columns = columns.clone();
    }

    int fieldCount() {
        return getFieldCount();
    }

    /** The line the record ends on: reports name a record spanning lines (a quoted line break) by its last. */
    int line() {
        return (int) getStartingLineNumber() + breaks;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        breaks = 0;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
        if (quoted) breaks += breaks(buf, offset, offset + len);
        if (columns == null) {
            header.add(new String(buf, offset, len));
            return;
        }
        if (index >= columns.length || columns[index] < 0) return; // a row of another width is rejected whole
        int c = columns[index];
        TextCache cache = caches[c];
        RowParser.Clean text = cache == null ? null : cache.get(buf, offset, offset + len);
        if (text == null) {
            text = rows.clean(c, new String(buf, offset, len));
            if (cache != null) cache.put(buf, offset, offset + len, text);
        }
        text.into(c, fields, hashes);
    }

    /** Line breaks (LF, CRLF or a lone CR) in {@code buf[from, to)}. */
    private static int breaks(char[] buf, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n' || (buf[i] == '\r' && (i + 1 == to || buf[i + 1] != '\n'))) n++;
        }
        return n;
    }

    @Override
    protected CsvRows buildRecord() {
        return this;
    }

    @Override
    public String toString() {
        return "CsvRows" + Arrays.toString(fields);
    }
}
