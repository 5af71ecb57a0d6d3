package plancheck.model;

import java.util.List;

/** The scope words that open an indicator label, and which level each one speaks of. */
public final class Scopes {
    private Scopes() {
    }

    /** Longest first, so that 全市 is not taken for part of a longer word. 全社会 names no level. */
    private record Word(String word, Level level) {
    }

    private static final List<Word> WORDS = List.of(
            new Word("全社会", null),
            new Word("全省", Level.PROVINCE),
            new Word("全市", Level.CITY),
            new Word("市内", Level.CITY),
            new Word("全区", Level.DISTRICT),
            new Word("区内", Level.DISTRICT),
            new Word("新区", Level.DISTRICT),
            new Word("全县", Level.COUNTY),
            new Word("县内", Level.COUNTY));

    public static Level levelOf(String scope) {
        if (scope == null || scope.isEmpty()) return null;
        for (var e : WORDS) {
            if (scope.equals(e.word())) return e.level();
        }
        return null;
    }

    /** The scope word a label starts with ("全市有效发明专利" gives "全市"), or "". */
    public static String prefixOf(String label) {
        if (label == null) return "";
        for (var e : WORDS) {
            if (label.startsWith(e.word())) return e.word();
        }
        return "";
    }

    public static boolean isScopeWord(String word) {
        return WORDS.stream().anyMatch(e -> e.word().equals(word));
    }
}
