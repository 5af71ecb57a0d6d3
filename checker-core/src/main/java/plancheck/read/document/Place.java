package plancheck.read.document;

/**
 * Where a piece of a document stands, for provenance a reviewer can follow.
 *
 * @param line    the 1-based line that findings cite: the line of a text or HTML file, the paragraph
 *                number of a Word file, the running line number of a PDF
 * @param column  the 1-based column of the first character on that line (0 when unknown)
 * @param locator how a reviewer finds the place in formats without lines, in a neutral form that
 *                reports translate (for example {@code page=3;line=7} or {@code table=2;row=3;column=4});
 *                empty for plain text
 */
public record Place(int line, int column, String locator) {
    public Place {
        locator = locator == null ? "" : locator;
    }

    public static Place line(int line, int column) {
        return new Place(line, column, "");
    }
}
