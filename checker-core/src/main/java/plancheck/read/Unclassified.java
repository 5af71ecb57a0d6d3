package plancheck.read;

import java.util.List;
import plancheck.model.Source;

/**
 * A number a document reader found but did not understand as a target, baseline or share: its text,
 * why it was left out, and where it stands. Reports word the reason in their language
 * ({@code Messages.reason}); {@code details} fill the reason's message ({@link Reason#key()}).
 */
public record Unclassified(String text, Reason reason, List<String> details, Source source) {
    public Unclassified {
        details = List.copyOf(details);
    }

    public Unclassified(String text, Reason reason, Source source) {
        this(text, reason, List.of(), source);
    }

    /** Why a number was not read; each has a message in both bundles, with the details it names. */
    public enum Reason {
        /** A bare number: no unit after it. */
        NO_UNIT("unclassified.noUnit"),
        /** 5-8个: two numbers, not one figure. */
        RANGE("unclassified.range"),
        /** 增长12%: a rate of change, not the indicator's level. */
        GROWTH("unclassified.growth"),
        /** No indicator of the catalogue before or after the number. */
        NO_INDICATOR("unclassified.noIndicator"),
        /** A list's name that is no indicator of the catalogue; details: the name. */
        NO_INDICATOR_IN_LIST("unclassified.noIndicatorInList"),
        /** …科技园 3家: a figure of one named unit or sub-area; details: its name. */
        NAMED_UNIT("unclassified.namedUnit"),
        /** In a task section, without a year: not a goal of the plan. */
        TASK_SECTION("unclassified.taskSection"),
        /** 由…增长到: the starting value, with no year for it. */
        NO_START_YEAR("unclassified.noStartYear"),
        /** "A、B分别达到x、y、z": names and numbers do not pair; details: how many names, how many numbers. */
        LIST_MISMATCH("unclassified.listMismatch"),
        /** 占比… with no count before it in the sentence to be a share of. */
        SHARE_WITHOUT_COUNT("unclassified.shareWithoutCount"),
        /** An annex table's cell that is not a number; details: the row's label, the column's year. */
        TABLE_CELL("unclassified.tableCell"),
        /** A table's number in a column whose header names no year, base or target; details: the header. */
        COLUMN("unclassified.column"),
        /** A breakdown table's 合计 row: the sum of the rows above, not one region's figure. */
        SUM_ROW("unclassified.sumRow"),
        /** 新增12家, 每年新增40家: an increment over a span, not a level. */
        INCREMENT("unclassified.increment"),
        /** 前40位, 第3名: a rank, not a level. */
        RANK("unclassified.rank"),
        /** 营业收入超10亿元的企业: a threshold inside a name. */
        THRESHOLD("unclassified.threshold"),
        /** 其中农业类5家，占41.7%: a share of its own total, not of the parent region's. */
        OWN_SHARE("unclassified.ownShare"),
        /** 全国…, 四川省…: a figure of another region, quoted for context. */
        OTHER_REGION("unclassified.otherRegion"),
        /** 注：1. …: a footnote. */
        FOOTNOTE("unclassified.footnote");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        /** The message key in {@code plancheck/messages*.properties}; its {0}, {1} are the details. */
        public String key() {
            return key;
        }
    }
}
