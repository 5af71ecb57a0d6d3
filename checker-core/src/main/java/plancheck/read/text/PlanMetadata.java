package plancheck.read.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plancheck.model.Level;
import plancheck.model.Periods;
import plancheck.model.Plan;
import plancheck.model.Vocabulary;
import plancheck.read.document.GivenPlan;

/**
 * Who issued a plan document and for which years, read from its title: "天津市河北区科技创新三年行动计划
 * （2020—2022年）" gives 河北区, a district of 天津市, 2020–2022; "四川省广元市昭化区…“十四五”规划" 昭化区 of
 * 广元市, 2021–2025; "深圳国家高新区…" a zone (district level) of 深圳市. What the user gives
 * ({@link GivenPlan}) wins over the title, and stands in for it where the text has none.
 */
record PlanMetadata(String planId, String region, Level level, String parent, int start, int end, String title) {
    private static final Vocabulary WORDS = Vocabulary.standard();
    private static final String HAN = "[\\p{IsHan}]";
    private static final String PROVINCE = "(?:" + WORDS.alternation("province-suffixes") + ")";
    private static final String NOT_AFTER = "(?!" + WORDS.alternation("not-after-region") + ")";
    /** Province, city, then district, county or zone, each optional, at the start of a title. */
    private static final Pattern CHAIN = Pattern.compile("^(?:(" + HAN + "{2,7}?" + PROVINCE + "))?"
            + "(?:(" + HAN + "{2,8}?(?:" + WORDS.alternation("city-suffixes") + "))(?!场))?"
            + "(?:(" + HAN + "{1,12}?(?:" + WORDS.alternation("district-suffixes") + "))" + NOT_AFTER + ")?");
    private static final Pattern ZONE = Pattern.compile("(" + WORDS.alternation("zones") + ")$");
    private static final Pattern ZONE_OPENING = Pattern.compile("^(" + HAN + "{2,3}?)(" + WORDS.alternation("zone-openers") + ")");
    private static final Pattern NOT_REGION = Pattern.compile(WORDS.alternation("not-region-names") + "|产业(?!园区|开发区)");
    /** "…关于印发萧山区科技创新“十四五”规划的通知": the plan a notice issues, named without 《》. */
    private static final Pattern ISSUED = Pattern.compile("(?:" + WORDS.alternation("notice-words") + ")印发(.{4,60}?)的通知");
    /** An annual plan's one year: "长沙市2024年科技创新工作要点". */
    private static final Pattern ONE_YEAR = Pattern.compile("(20\\d\\d)\\s*年度?");
    private static final Pattern NOTICE = Pattern.compile(".*(" + WORDS.alternation("notice-words") + "|《|》|。|，).*");
    private static final Pattern PERIOD_LINE = Pattern.compile("^[（(]\\s*20\\d\\d.{0,8}[)）].{0,30}$");
    private static final String TITLE_ENDS = "(?:" + WORDS.alternation("title-ends") + ")";
    private static final Pattern TITLE_END = Pattern.compile(".*" + TITLE_ENDS + "([（(].*[)）])?$");
    private static final Pattern QUOTED = Pattern.compile("《([^》]{4,60}" + TITLE_ENDS + "(?:[（(][^）)]*[)）])?)》");
    private static final Map<String, String> PLAN_IDS = WORDS.pairs("plan-ids");

    /** What a title says, each part possibly missing. */
    record Partial(String region, Level level, String parent, Integer start, Integer end, String title) {
        static final Partial NONE = new Partial(null, null, null, null, null, "");

        boolean named() {
            return region != null;
        }

        boolean dated() {
            return start != null;
        }
    }

    Plan plan(String file) {
        return new Plan(planId, region, level, parent, start, end, title, file);
    }

    /** The start of the five-year period a phrase such as “十三五” names, or null. */
    static Integer fiveYearStart(String text) {
        return Periods.fiveYearStart(text);
    }

    /** The plan: the title's reading with what the user gave laid on top; empty when region or period is still missing. */
    static Optional<PlanMetadata> resolve(List<String> lines, String fileStem, GivenPlan given) {
        Partial p = detect(lines);
        if (given.fallback() && p.named()) {
            // Flags for every document fill only what this document's title leaves out.
            given = new GivenPlan(null, null, p.parent().isEmpty() ? given.parent() : null,
                    p.dated() ? null : given.start(), p.dated() ? null : given.end(), given.origin());
        }
        String region = given.region() != null ? given.region() : p.region();
        Level level = given.level() != null ? given.level() : given.region() != null ? levelOf(given.region(), given.parent()) : p.level();
        String parent = given.parent() != null ? given.parent() : given.region() != null ? "" : p.parent();
        Integer start = given.start() != null ? given.start() : p.start();
        Integer end = given.end() != null ? given.end() : p.end();
        if (region == null || level == null || start == null || end == null) return Optional.empty();
        if (parent == null || parent.isEmpty()) parent = parentFromText(region, level, String.join("\n", lines));
        String title = !p.title().isEmpty() ? p.title() : region + " " + start + "—" + end;
        String slug = PLAN_IDS.getOrDefault(region, fileStem.replaceAll("[^A-Za-z0-9_-]", "-"));
        return Optional.of(new PlanMetadata(slug + "-" + start + "-" + end, region, level, parent, start, end, title));
    }

    /** The one line that says what is missing and how to give it. */
    static String missing(List<String> lines, GivenPlan given) {
        Partial p = detect(lines);
        String what = p.named() ? "no period (such as （2021—2025年） or “十四五”) in the title " + p.title()
                : "no title naming the plan's region and period (such as 天津市河北区科技创新三年行动计划（2020—2022年）"
                + " or 津南区科技创新“十四五”规划)";
        return what + ": give them with --region 津南区 --level district --parent 天津市 --period 2020-2022,"
                + " or in plancheck.json as \"documents\": {\"FILE\": {\"region\": …, \"level\": …, \"parent\": …, \"period\": …}}";
    }

    /** The best title among the first lines: a region and a period if any line has both, else a region. */
    static Partial detect(List<String> lines) {
        Partial named = Partial.NONE;
        int n = Math.min(lines.size(), 80);
        for (int i = 0; i < n; i++) {
            String t = lines.get(i).strip();
            if (t.isEmpty()) continue;
            Matcher q = QUOTED.matcher(t);
            while (q.find()) {
                Partial p = fromTitle(q.group(1));
                if (p.named() && p.dated()) return p;
                if (p.named() && !named.named()) named = p;
            }
            Matcher issued = ISSUED.matcher(t);
            if (issued.find() && !t.contains("《")) {
                Partial p = fromTitle(issued.group(1));
                if (p.named() && p.dated()) return p;
                if (p.named() && !named.named()) named = p;
            }
            if (t.length() > 70 || NOTICE.matcher(t).matches()) continue;
            String title = t;
            int j = i + 1;
            while (j < lines.size() && lines.get(j).isBlank()) j++;
            if (j < lines.size() && PERIOD_LINE.matcher(lines.get(j).strip()).matches()) title = t + lines.get(j).strip();
            else if (!TITLE_END.matcher(t).matches() && j < lines.size() && TITLE_END.matcher(t + lines.get(j).strip()).matches()
                    && lines.get(j).strip().length() < 40) {
                title = t + lines.get(j).strip();
            }
            if (!TITLE_END.matcher(title).matches() && !TITLE_END.matcher(t).matches()) continue;
            Partial p = fromTitle(title);
            if (p.named() && p.dated()) return p;
            if (p.named() && !named.named()) named = p;
        }
        return named;
    }

    static Partial fromTitle(String title) {
        String t = title.replaceAll("[“”\"《》\\s]", "");
        Matcher m = CHAIN.matcher(t);
        String province = null, city = null, district = null;
        if (m.find()) {
            province = m.group(1);
            city = m.group(2);
            district = m.group(3);
        }
        if (district != null && NOT_REGION.matcher(district).find()) district = null;
        if (city != null && NOT_REGION.matcher(city).find()) city = null;
        String region;
        Level level;
        String parent;
        if (district != null) {
            region = district;
            level = levelOf(district, city);
            parent = city != null ? city : province != null && district.endsWith("市") ? province : "";
            if (parent.isEmpty() && ZONE.matcher(district).find()) {
                // 深圳国家高新区, 成都高新区: a zone named after its city.
                Matcher z = ZONE_OPENING.matcher(district);
                if (z.find()) parent = z.group(1) + "市";
            }
        } else if (city != null) {
            region = city;
            level = Level.CITY;
            parent = province != null ? province : "";
        } else if (province != null) {
            region = province;
            level = Level.PROVINCE;
            parent = "";
        } else {
            return Partial.NONE;
        }
        int[] period = Periods.of(title);
        Matcher one = ONE_YEAR.matcher(title);
        if (period == null && one.find()) period = new int[] {Integer.parseInt(one.group(1)), Integer.parseInt(one.group(1))};
        return new Partial(region, level, parent, period == null ? null : period[0], period == null ? null : period[1],
                title.strip());
    }

    /** 县, 旗 and a city inside a city are counties; districts and zones are districts; a city alone a city. */
    static Level levelOf(String region, String parentCity) {
        if (WORDS.endOf(region, "county-suffixes") != null) return Level.COUNTY;
        if (WORDS.endOf(region, "province-suffixes") != null) return Level.PROVINCE;
        if (region.endsWith("市")) return parentCity != null && !parentCity.isEmpty() ? Level.COUNTY : Level.CITY;
        return Level.DISTRICT;
    }

    /** The city a district's text names it with (天津市津南区), or "" when the text does not say. */
    private static String parentFromText(String region, Level level, String text) {
        if (level == Level.CITY || level == Level.PROVINCE) {
            Matcher named = Pattern.compile("(" + HAN + "{2,7}?" + PROVINCE + ")" + Pattern.quote(region)).matcher(text);
            return named.find() ? named.group(1) : "";
        }
        Matcher named = Pattern.compile("(" + HAN + "{2,4}?市)" + Pattern.quote(region)).matcher(text);
        if (named.find() && !NOT_REGION.matcher(named.group(1)).find()) return named.group(1);
        if (!text.contains("全市")) return "";
        // A district of a municipality whose text names the city only by its short name (天津, 全市).
        for (var m : WORDS.pairs("municipalities").entrySet()) if (text.contains(m.getKey())) return m.getValue();
        return "";
    }
}
