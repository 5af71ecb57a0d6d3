package plancheck.read.office;

/** Small helpers the format readers share. */
final class Office {
    private static final int MAX_REASON = 160;

    private Office() {
    }

    /** A library's complaint as one short line: its first line, without the exception's class when it has a message. */
    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) m = e.getClass().getSimpleName();
        m = m.strip().split("\\R", 2)[0];
        return m.length() > MAX_REASON ? m.substring(0, MAX_REASON) + "…" : m;
    }
}
