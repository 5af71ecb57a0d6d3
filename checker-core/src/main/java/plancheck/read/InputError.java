package plancheck.read;

import java.util.List;
import plancheck.report.Messages;

/**
 * A problem with an input file: where (line/column 0 when unknown) and what, in one line. The
 * message quotes the file's own text, so control characters are shown escaped and a long quote is
 * cut in the middle: an error is always one readable line, whatever the file holds, and still ends
 * with what is wrong.
 */
public record InputError(String file, int line, int column, String message, String key, List<String> args) {
    static final int MAX_MESSAGE = 300;

    public InputError {
        file = oneLine(file == null ? "" : file, Integer.MAX_VALUE);
        message = oneLine(message == null ? "" : message, MAX_MESSAGE);
        args = List.copyOf(args);
    }

    /** An error worded here, in English only. */
    public InputError(String file, int line, int column, String message) {
        this(file, line, column, message, null, List.of());
    }

    /**
     * An error worded in the message bundles under {@code key} (both languages: reports show it in
     * theirs, {@link #message} is the English).
     */
    public static InputError worded(String file, int line, int column, String key, String... args) {
        return new InputError(file, line, column, Messages.of("en").format(key, (Object[]) args), key, List.of(args));
    }

    /** The message as written in {@code m}'s language (the English one for an error worded in code). */
    public String message(Messages m) {
        return key == null ? message : oneLine(m.format(key, args.toArray()), MAX_MESSAGE);
    }

    /** The whole line, {@code file:line:column: message}, in {@code m}'s language. */
    public String line(Messages m) {
        return place() + message(m);
    }

    /** Words kept from a long message's end: where it says what is wrong, after the quoted text. */
    static final int KEPT_TAIL = 100;

    /**
     * Escaped onto one line; over {@code max}, the middle (a long quote of the file's text) gives way
     * to '…', so both what is quoted and what is wrong with it stay readable.
     */
    private static String oneLine(String s, int max) {
        long room = 2L * max;
        StringBuilder b = new StringBuilder((int) Math.min(s.length(), room) + 8);
        for (int i = 0; i < s.length(); i++) {
            if (b.length() >= room && s.length() - i > KEPT_TAIL) {
                // Far beyond the limit: skip to the part that is kept, so a huge quote costs nothing.
                i = s.length() - KEPT_TAIL - 1;
                continue;
            }
            char c = s.charAt(i);
            if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c == '\t') b.append("\\t");
            else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') b.append(String.format("\\u%04X", (int) c));
            else b.append(c);
        }
        if (b.length() <= max) return b.toString();
        int tail = Math.min(KEPT_TAIL, max / 3);
        return b.substring(0, max - tail - 1) + '…' + b.substring(b.length() - tail);
    }

    @Override
    public String toString() {
        return place() + message;
    }

    private String place() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) b.append(':').append(column);
        }
        return b.append(": ").toString();
    }
}
