package plancheck.read.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plancheck.model.Level;
import plancheck.model.Plan;

/**
 * Who issued a plan document and for which years, read from its title: "天津市河北区科技创新三年行动计划
 * （2020—2022年）" gives 河北区, a district of 天津市, 2020–2022; "“十四五”规划" means 2021–2025.
 */
record PlanMetadata(String planId, String region, Level level, String parent, int start, int end, String title) {
    private static final Pattern CITY = Pattern.compile("^(\\p{IsHan}{2}市)");
    private static final Pattern DISTRICT = Pattern.compile("^(\\p{IsHan}{1,4}?(?:新区|区|县))");
    private static final Pattern YEARS = Pattern.compile("(20\\d\\d)\\s*年?\\s*[—\\-–~至到－]+\\s*(20\\d\\d)");
    private static final Pattern PERIOD_LINE = Pattern.compile("^[（(]\\s*20\\d\\d.{0,8}[)）]$");
    private static final Map<String, Integer> FIVE_YEAR = Map.of("十二五", 2011, "十三五", 2016, "十四五", 2021, "十五五", 2026);
    /** Plan ids of the Tianjin regions, so that a document and its hand-made data name one plan alike. */
    private static final Map<String, String> SLUGS = Map.ofEntries(
            Map.entry("天津市", "tianjin"), Map.entry("和平区", "heping"), Map.entry("河东区", "hedong"),
            Map.entry("河西区", "hexi"), Map.entry("南开区", "nankai"), Map.entry("河北区", "hebei"),
            Map.entry("红桥区", "hongqiao"), Map.entry("东丽区", "dongli"), Map.entry("西青区", "xiqing"),
            Map.entry("津南区", "jinnan"), Map.entry("北辰区", "beichen"), Map.entry("武清区", "wuqing"),
            Map.entry("宝坻区", "baodi"), Map.entry("滨海新区", "binhai"), Map.entry("宁河区", "ninghe"),
            Map.entry("静海区", "jinghai"), Map.entry("蓟州区", "jizhou"));

    Plan plan(String file) {
        return new Plan(planId, region, level, parent, start, end, title, file);
    }

    /** The start of the five-year period a phrase such as “十三五” names, or null. */
    static Integer fiveYearStart(String text) {
        for (var e : FIVE_YEAR.entrySet()) if (text.contains(e.getKey())) return e.getValue();
        return null;
    }

    /**
     * Reads the title among the first lines; empty when no line names a region and a period.
     *
     * @param lines    the document's lines, cleaned (ASCII digits, no bookmarks)
     * @param fileStem the file name without extension, for the plan id of a region without a known id
     */
    static Optional<PlanMetadata> detect(List<String> lines, String fileStem) {
        String all = String.join("\n", lines);
        for (int i = 0; i < Math.min(lines.size(), 60); i++) {
            String t = lines.get(i).strip();
            if (t.isEmpty() || t.length() > 60 || t.matches(".*(关于|通知|印发|《|》|。).*")) continue;
            if (!t.matches(".*(规划|计划|纲要|方案)([（(].*[)）])?$")) continue;
            int j = i + 1;
            while (j < lines.size() && lines.get(j).isBlank()) j++;
            if (j < lines.size() && PERIOD_LINE.matcher(lines.get(j).strip()).matches()) t = t + lines.get(j).strip();
            Optional<PlanMetadata> m = fromTitle(t, all, fileStem);
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    static Optional<PlanMetadata> fromTitle(String title, String text, String fileStem) {
        String rest = title;
        String city = "";
        Matcher c = CITY.matcher(rest);
        if (c.find()) {
            city = c.group(1);
            rest = rest.substring(city.length());
        }
        String region;
        Level level;
        Matcher d = DISTRICT.matcher(rest);
        if (d.find()) {
            region = d.group(1);
            level = region.endsWith("县") ? Level.COUNTY : Level.DISTRICT;
        } else if (!city.isEmpty()) {
            region = city;
            level = Level.CITY;
            city = "";
        } else {
            return Optional.empty();
        }
        int start, end;
        Matcher y = YEARS.matcher(title);
        Integer five = fiveYearStart(title);
        if (y.find()) {
            start = Integer.parseInt(y.group(1));
            end = Integer.parseInt(y.group(2));
        } else if (five != null) {
            start = five;
            end = five + 4;
        } else {
            return Optional.empty();
        }
        String parent = city;
        if (parent.isEmpty() && level != Level.CITY) {
            Matcher named = Pattern.compile("(\\p{IsHan}{2}市)" + Pattern.quote(region)).matcher(text);
            if (named.find()) parent = named.group(1);
            else if (text.contains("天津") && text.contains("全市")) parent = "天津市";
        }
        String slug = SLUGS.getOrDefault(region, fileStem.replaceAll("[^A-Za-z0-9_-]", "-"));
        return Optional.of(new PlanMetadata(slug + "-" + start + "-" + end, region, level, parent, start, end, title));
    }
}
