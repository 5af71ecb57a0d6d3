package plancheck.report;

/** Escaping for text and attribute values written into the HTML report. */
final class Html {
    private Html() {
    }

    /**
     * A {@code lang} attribute for text written in the page's other language (Chinese names in the
     * English report, Latin-script words in the Chinese one), so that screen readers switch voice;
     * empty when the text is in the page's own language or has no letters.
     */
    static String langAttr(String s, boolean englishPage) {
        if (s == null) return "";
        boolean han = false, latin = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) han = true;
            else if (c < 0x80 && Character.isLetter(c)) latin = true;
        }
        if (englishPage) return han ? " lang=\"zh\"" : "";
        return latin && !han ? " lang=\"en\"" : "";
    }

    /** The text escaped, in a span marking its language when that is not the page's ({@link #langAttr}). */
    static String inLang(String s, boolean englishPage) {
        String attr = langAttr(s, englishPage);
        return attr.isEmpty() ? esc(s) : "<span" + attr + ">" + esc(s) + "</span>";
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // Control characters other than tab and newline are not allowed in HTML text.
                    if (c < 0x20 && c != '\t' && c != '\n') b.append('\uFFFD');
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }
}
