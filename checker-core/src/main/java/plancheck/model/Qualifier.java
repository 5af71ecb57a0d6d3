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

    /** Reads the qualifier words as written (e.g. "力争达到…以上"); the strongest wins. */
    public static Qualifier parse(String text) {
        if (text == null || text.isBlank()) return REACH;
        if (text.contains("突破") || text.contains("超过") || text.contains("高于")) return EXCEED;
        if (text.contains("以上") || text.contains("不低于") || text.contains("不少于")) return AT_LEAST;
        if (text.contains("稳定在") || text.contains("保持在")) return HOLD;
        return REACH;
    }
}
