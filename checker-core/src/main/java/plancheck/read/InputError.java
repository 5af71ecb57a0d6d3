package plancheck.read;

/**
 * A problem with an input file: where (line/column 0 when unknown) and what, in one line. The
 * message quotes the file's own text, so control characters are shown escaped and a long quote is
 * cut: an error is always one readable line, whatever the file holds.
 */
public record InputError(String file, int line, int column, String message) {
    static final int MAX_MESSAGE = 300;

    public InputError {
        file = oneLine(file == null ? "" : file, Integer.MAX_VALUE);
        message = oneLine(message == null ? "" : message, MAX_MESSAGE);
    }

    private static String oneLine(String s, int max) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), max) + 8);
        for (int i = 0; i < s.length(); i++) {
            if (b.length() >= max) {
                b.append('…');
                break;
            }
            char c = s.charAt(i);
            if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c == '\t') b.append("\\t");
            else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') b.append(String.format("\\u%04X", (int) c));
            else b.append(c);
        }
        return b.toString();
    }

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
