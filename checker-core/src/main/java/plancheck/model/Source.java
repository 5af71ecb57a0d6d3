package plancheck.model;

/** Where a figure stands: file, 1-based line and column (0 when unknown), and the quoted text. */
public record Source(String file, int line, int column, String quote) {
    public Source {
        file = file == null ? "" : file;
        quote = quote == null ? "" : quote;
    }

    public static Source of(String file, int line) {
        return new Source(file, line, 0, "");
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
