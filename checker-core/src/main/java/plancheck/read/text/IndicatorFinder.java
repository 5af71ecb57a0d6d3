package plancheck.read.text;

import plancheck.model.IndicatorCatalogue;

/**
 * Finds, in the words around a number, the indicator the catalogue knows: the catalogue decides
 * what counts as an indicator of the region, so a number next to unknown words stays unclassified.
 */
final class IndicatorFinder {
    /** No indicator name is longer; looking further would only cost time on long clauses. */
    static final int WINDOW = 40;
    private final IndicatorCatalogue catalogue;

    IndicatorFinder(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    boolean known(String text) {
        String t = text.strip();
        return t.length() >= 2 && catalogue.resolve(t).isPresent();
    }

    /** Where the longest known ending of {@code text} begins, or -1 ("…等国家专业化众创空间" gives its start). */
    int suffix(String text) {
        for (int i = Math.max(0, text.length() - WINDOW); i < text.length() - 1; i++) {
            if (Character.isWhitespace(text.charAt(i))) continue;
            if (known(text.substring(i))) return i;
        }
        return -1;
    }

    /** The longest known words anywhere in {@code text} ("企业列入天津市科技领军（培育）企业认定"), or null. */
    String inside(String text) {
        text = text.length() > WINDOW ? text.substring(0, WINDOW) : text;
        for (int len = text.length(); len >= 2; len--) {
            for (int i = 0; i + len <= text.length(); i++) {
                String s = text.substring(i, i + len);
                if (!Character.isWhitespace(s.charAt(0)) && known(s)) return s;
            }
        }
        return null;
    }
}
