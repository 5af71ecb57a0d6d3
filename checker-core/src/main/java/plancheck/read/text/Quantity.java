package plancheck.read.text;

/**
 * A number with its unit as it stands in a line, or a blank: a verb followed only by spaces and a
 * unit ("达到 件以上"), where the document never filled in the number.
 *
 * @param start  index in the line where the number (or the blank's gap) begins
 * @param end    index just after the unit and any 以上/左右 after it
 * @param value  the number with 万/亿 applied unless they belong to the unit (亿元); null for a blank
 * @param unit   家, 件, 亿元, %, 平方米 ... ("" when none)
 * @param approx 余 in "550余项", 近 in "近10亿元", or ""
 * @param suffix 以上, 左右 ... after the unit, or ""
 */
record Quantity(int start, int end, Double value, String unit, String text, String approx, String suffix) {
    boolean blank() {
        return value == null;
    }
}
