package plancheck.model;

/**
 * How a number is meant: 突破/超过 promise strictly more, 以上/不低于 at least, 稳定在 hold,
 * 达到/力争达到 reach. Only the difference between "strictly above" and "at least or equal"
 * changes a comparison, so that is all this records besides the words as written.
 */
public enum Qualifier {
    /** 达到, 力争达到, or nothing: the number itself. */
    REACH,
    /** 以上, 不低于: at least the number. */
    AT_LEAST,
    /** 突破, 超过: strictly above the number. */
    EXCEED,
    /** 稳定在: held at the number. */
    HOLD;

    public boolean strict() {
        return this == EXCEED;
    }

    /**
     * Whether a figure is cumulative over a span (累计申请专利314件, 科技支出累计达到11亿元): it is then
     * compared only with other cumulative figures. A count of enterprises "累计达到" a number is the
     * stock reached, not a sum over the span.
     */
    public static boolean cumulative(String qualifierText, String unit) {
        if (qualifierText == null || !qualifierText.contains("累计")) return false;
        return !("家".equals(unit) && qualifierText.matches("累计(达到|达)?"));
    }

    /** Reads the qualifier words as written (e.g. "力争达到…以上"); the strongest wins. */
    public static Qualifier parse(String text) {
        if (text == null || text.isBlank()) return REACH;
        if (text.contains("突破") || text.contains("超过") || text.contains("高于")) return EXCEED;
        if (text.contains("以上") || text.contains("不低于") || text.contains("不少于")) return AT_LEAST;
        if (text.contains("稳定在") || text.contains("保持在")) return HOLD;
        return REACH;
    }
}
