package plancheck.read.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plancheck.model.Level;
import plancheck.model.Scopes;
import plancheck.model.Vocabulary;
import plancheck.read.document.Document.Cell;

/**
 * A table of targets by sub-region (a city's 各县（市、区）…目标分解表): its rows are regions, not
 * indicators. Each row's figures belong to that region (a plan of its own, under the document's
 * region), the indicator is the one the caption names ("…高新技术企业培育目标分解表（单位：家）"), or
 * the column's header when the columns are indicators; a 合计 row adds up the others and is no
 * region's figure. Only a province's or a city's plan breaks its targets down this way.
 *
 * @param indicator the indicator the caption names, "" when it names none
 * @param unit      the caption's 单位：…, or ""
 */
record Breakdown(String indicator, String unit) {
    private static final Vocabulary WORDS = Vocabulary.standard();
    /** Each ending of a region's name, longest first, with the level it gives. */
    private static final java.util.Map<String, String> SUFFIXES = WORDS.pairs("region-suffixes");
    private static final Pattern REGION_NAME = Pattern.compile("^[\\p{IsHan}]{1,10}?("
            + String.join("|", SUFFIXES.keySet().stream().map(Pattern::quote).toList()) + ")$");
    private static final Pattern CAPTION_UNIT = Pattern.compile("[（(]\\s*单位[:：]\\s*([^）)]{1,6})\\s*[）)]");
    private static final Pattern CAPTION_LEAD = Pattern.compile(
            "^(附表|附件|表)\\s*[0-9一二三四五六七八九十]*\\s*[:：.、]?\\s*|[“\"]?十[二三四五]五[”\"]?(时期|期间)?|(19|20)\\d\\d\\s*[—\\-－–~至]*\\s*((19|20)\\d\\d)?\\s*年度?");

    /** The breakdown the table is, or null: a city's or province's table whose rows are mostly regions. */
    static Breakdown of(List<List<Cell>> rows, int headers, int label, String caption, PlanMetadata plan) {
        if (plan.level() != Level.CITY && plan.level() != Level.PROVINCE) return null;
        int named = 0, regions = 0;
        for (List<Cell> row : rows.subList(headers, rows.size())) {
            if (label >= row.size()) continue;
            String name = row.get(label).text().strip();
            if (name.isEmpty() || total(name)) continue;
            named++;
            if (REGION_NAME.matcher(name).matches() && Scopes.levelOf(name) == null && !name.equals(plan.region())) regions++;
        }
        if (named < 2 || regions * 3 < named * 2) return null;
        Matcher u = CAPTION_UNIT.matcher(caption);
        String unit = u.find() ? u.group(1).strip() : "";
        String name = CAPTION_UNIT.matcher(caption).replaceAll("");
        name = CAPTION_LEAD.matcher(name).replaceAll("");
        if (name.startsWith(plan.region())) name = name.substring(plan.region().length());
        name = name.replaceAll("[：:\\s]", "");
        // The words around the name, from either end, until none is left: 各区 …的… 培育 目标 分解表.
        for (String before = null; !name.equals(before); ) {
            before = name;
            for (String w : WORDS.words("caption-words")) {
                if (name.startsWith(w)) name = name.substring(w.length());
                if (name.endsWith(w)) name = name.substring(0, name.length() - w.length());
            }
            if (name.endsWith("的")) name = name.substring(0, name.length() - 1);
        }
        return new Breakdown(name.length() >= 2 ? name : "", unit);
    }

    static boolean total(String name) {
        return WORDS.words("total-rows").contains(name.strip());
    }

    /** The level of a region a row names, by its ending: 市 is a city under a province, else a county-level city. */
    static Level level(String name, PlanMetadata plan) {
        for (var e : SUFFIXES.entrySet()) {
            if (name.endsWith(e.getKey())) {
                return e.getKey().equals("市") && plan.level() == Level.PROVINCE ? Level.CITY : Level.parse(e.getValue());
            }
        }
        return Level.DISTRICT;
    }
}
