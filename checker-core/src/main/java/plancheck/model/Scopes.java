package plancheck.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The scope words that open an indicator label (全市, 全区, 区内, 全社会 …), and which level each one
 * speaks of; the words are the {@code [scopes]} section of the vocabulary ({@code word=level}).
 */
public final class Scopes {
    private Scopes() {
    }

    private record Word(String word, Level level) {
    }

    /** Longest first, so that 全市 is not taken for part of a longer word. 全社会 names no level. */
    private static final List<Word> WORDS = load();
    private static final java.util.Map<String, String> OWN_SCOPES = Vocabulary.standard().pairs("own-scopes");

    private static List<Word> load() {
        List<Word> words = new ArrayList<>();
        Vocabulary.standard().pairs("scopes").forEach((word, level) ->
                words.add(new Word(word, level.isEmpty() ? null : Level.parse(level))));
        words.sort(java.util.Comparator.comparingInt((Word w) -> w.word().length()).reversed());
        return List.copyOf(words);
    }

    public static Level levelOf(String scope) {
        if (scope == null || scope.isEmpty()) return null;
        for (var e : WORDS) {
            if (scope.equals(e.word())) return e.level();
        }
        return null;
    }

    /**
     * The level {@code scope} speaks of in the plan of {@code region}: a region may call itself by a
     * word that elsewhere names a lower level (广西壮族自治区 says 全区 of itself, [own-scopes]).
     */
    public static Level levelOf(String scope, String region, Level regionLevel) {
        if (region != null && scope != null && !scope.isEmpty()) {
            for (var e : OWN_SCOPES.entrySet()) {
                if (region.endsWith(e.getKey()) && scope.equals(e.getValue())) return regionLevel;
            }
        }
        return levelOf(scope);
    }

    /**
     * The scope word a label starts with ("全市有效发明专利" gives "全市"), or "": not the start of a
     * region's name (全州县 is a county of Guangxi, not 全州 + 县…).
     */
    public static String prefixOf(String label) {
        if (label == null) return "";
        for (var e : WORDS) {
            if (label.startsWith(e.word()) && !namesRegion(label, e.word().length())) return e.word();
        }
        return "";
    }

    private static boolean namesRegion(String label, int end) {
        return end < label.length() && "省市区县州盟旗镇乡".indexOf(label.charAt(end)) >= 0;
    }

    public static boolean isScopeWord(String word) {
        return WORDS.stream().anyMatch(e -> e.word().equals(word));
    }
}
