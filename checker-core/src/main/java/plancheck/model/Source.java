package plancheck.model;

/**
 * Where a figure stands: file, 1-based line and column (0 when unknown), the quoted text, and for
 * documents without lines of their own (Word, PDF, web pages) a locator a reviewer can follow, in a
 * neutral form that reports translate ({@code page=3;line=7}, {@code table=2;row=3;column=4},
 * {@code paragraph=12}); "" for text, CSV and JSON files. Two sources are equal when file, line,
 * column, locator and quote are; the hash leaves the quote out.
 */
public final class Source {
    private final String file;
    private final int line;
    private final int column;
    private final String locator;
    private final String quote;
    /**
     * The row this place was read from when that is another file (a CSV row naming its document in
     * {@code source_file}), else null. It takes the object's padding, so a source costs no more memory.
     */
    private final Source read;

    public Source(String file, int line, int column, String quote) {
        this(file, line, column, quote, "", null);
    }

    private Source(String file, int line, int column, String quote, String locator, Source read) {
        this.file = file == null ? "" : file;
        this.line = line;
        this.column = column;
        this.quote = quote == null ? "" : quote;
        this.locator = locator == null ? "" : locator;
        this.read = read;
    }

    /**
     * A place a data file's row names, read from {@code readFile}'s line {@code readLine}: reports
     * that link to what was read (SARIF) point there when the named document is not at hand.
     */
    public static Source named(String file, int line, String quote, String readFile, int readLine) {
        return new Source(file, line, 0, quote, "", file.equals(readFile) && line == readLine ? null
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

    public String quote() {
        return quote;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Source s && line == s.line && column == s.column && file.equals(s.file)
                && locator.equals(s.locator) && quote.equals(s.quote);
    }

    /** File, line and column: sources of one place hash alike whatever their quote (a locator follows from the line). */
    @Override
    public int hashCode() {
        return (31 * file.hashCode() + line) * 31 + column;
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
