package plancheck.model;

import java.util.Objects;

/**
 * Where a figure stands: file, 1-based line and column (0 when unknown), the quoted text, and for
 * documents without lines of their own (Word, PDF, web pages) a locator a reviewer can follow, in a
 * neutral form that reports translate ({@code page=3;line=7}, {@code table=2;row=3;column=4},
 * {@code paragraph=12}); "" for text, CSV and JSON files.
 *
 * <p>The quote may be {@link StoredText stored}: a large CSV file's quotes stay in the file and are
 * read back the first time a report asks for one (at 1 M figures the quotes would otherwise be
 * ~100 MB held to the end for the few hundred findings that show them). Two sources are equal when
 * file, line, column, locator and quote text are, however each quote is held.
 */
public final class Source {
    private final String file;
    private final int line;
    private final int column;
    private final String locator;
    /** The quote: a String, or a StoredText until it is first read (then the String it read). */
    private Object quote;
    /**
     * The row this place was read from when that is another file (a CSV row naming its document in
     * {@code source_file}), else null. It takes the object's padding, so a source costs no more memory.
     */
    private final Source read;

    public Source(String file, int line, int column, String quote) {
        this(file, line, column, (Object) (quote == null ? "" : quote));
    }

    public Source(String file, int line, int column, StoredText quote) {
        this(file, line, column, (Object) Objects.requireNonNull(quote));
    }

    private Source(String file, int line, int column, Object quote) {
        this(file, line, column, quote, "", null);
    }

    private Source(String file, int line, int column, Object quote, String locator, Source read) {
        this.file = file == null ? "" : file;
        this.line = line;
        this.column = column;
        this.quote = quote;
        this.locator = locator == null ? "" : locator;
        this.read = read;
    }

    /**
     * A place a data file's row names ({@code quote} a String or a {@link StoredText}), read from
     * {@code readFile}'s line {@code readLine}: reports that link to what was read (SARIF) point there
     * when the named document is not at hand.
     */
    public static Source named(String file, int line, Object quote, String readFile, int readLine) {
        Object q = quote == null ? "" : quote;
        if (!(q instanceof String) && !(q instanceof StoredText)) throw new IllegalArgumentException("a quote is text");
        return new Source(file, line, 0, q, "", file.equals(readFile) && line == readLine ? null
                : new Source(readFile, readLine, 0, ""));
    }

    /** The row this place was read from: another file's row (see {@link #named}), or this place itself. */
    public Source read() {
        return read == null ? this : read;
    }

    /** This place at another line and column of the same file, with a locator ("" for none); the quote stays. */
    public Source moved(int newLine, int newColumn, String newLocator) {
        return new Source(file, newLine, newColumn, quote, newLocator, read);
    }

    public static Source of(String file, int line) {
        return new Source(file, line, 0, "");
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** How a reviewer finds the place in a document without lines ({@code page=3;line=7} …), or "". */
    public String locator() {
        return locator;
    }

    /** The quoted text; a stored quote is read once and then kept (two threads may both read it: same text). */
    public String quote() {
        Object q = quote;
        if (q instanceof String s) return s;
        String s = ((StoredText) q).text();
        quote = s;
        return s;
    }

    /** The quote while it is still only stored (not read yet), else null. */
    public StoredText stored() {
        return quote instanceof StoredText t ? t : null;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Source s) || line != s.line || column != s.column || !file.equals(s.file)
                || !locator.equals(s.locator)) return false;
        Object a = quote, b = s.quote;
        if (a instanceof StoredText x && b instanceof StoredText y) {
            // The same place, or a different digest, answers without reading either file.
            if (x.equals(y)) return true;
            if (x.digest() != y.digest()) return false;
        }
        return quote().equals(s.quote());
    }

    /** File, line and column: a quote is not read to hash a source (a locator follows from the line). */
    @Override
    public int hashCode() {
        return (31 * file.hashCode() + line) * 31 + column;
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
