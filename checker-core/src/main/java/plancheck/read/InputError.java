package plancheck.read;

/** A problem with an input file: where (line/column 0 when unknown) and what, in one line. */
public record InputError(String file, int line, int column, String message) {
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) b.append(':').append(column);
        }
        return b.append(": ").append(message).toString();
    }
}
