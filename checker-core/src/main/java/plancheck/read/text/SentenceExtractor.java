package plancheck.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plancheck.model.Figure;
import plancheck.model.Kind;
import plancheck.read.Unclassified.Reason;

/**
 * Reads the figures of the plan's prose, line by line: "到2022年，全区高新技术企业突破125家" is a
 * target, "截至2020年底，全区共有国家高新技术企业3270家" a baseline, "…分别达到60家、3家和2家" one
 * figure per name, "全市占比分别达到45.1%、…" shares of the counts before them. Whether a number is a
 * target or a baseline comes from its sentence (到2022年, 截至2020年底, 2019年…), its paragraph (“十三五”期间…)
 * or its section (发展目标, 发展基础); a number in a task section with no year is not the plan's target.
 */
final class SentenceExtractor {
    enum Mode { OTHER, BASELINE, TARGET }

    private record Timing(Kind kind, int year) {
    }

    /** The words before a number, taken apart. */
    private record Parsed(String subject, String qualifier, boolean list, boolean growth, boolean from,
                          Integer fromYear) {
    }

    /** The indicator found for a number, and the words before it that are not part of it. */
    private record Resolved(String indicator, String prefix, boolean after) {
    }

    private static final Pattern TOP_HEADING = Pattern.compile(
            "^(第[一二三四五六七八九十]+章|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])");
    private static final Pattern TO_YEAR = Pattern.compile("到\\s*(20\\d\\d)\\s*年");
    private static final Pattern YEAR_OPEN = Pattern.compile("^\\s*(20\\d\\d)\\s*年[底末]?\\s*[，,]");
    private static final Pattern AS_OF = Pattern.compile("截[至止]到?\\s*(20\\d\\d)\\s*年");
    private static final Pattern PAST_YEAR = Pattern.compile("(?<!由)(20\\d\\d)\\s*年");
    private static final Pattern FROM = Pattern.compile("^(.*?)由\\s*(?:(20\\d\\d)\\s*年的?)?$");
    private static final Pattern PERIOD_OPEN = Pattern.compile("^[“\"]?(十[二三四五]五)[”\"]?(期间|以来|时期)");
    /** A period named in a sentence; not "较“十二五”期间增长…", which compares with it. */
    private static final Pattern PERIOD_IN = Pattern.compile(
            "(?<!(较|比|与|同)[“\"]?)[“\"]?(十[二三四五]五)[”\"]?(期间|以来|时期)");
    private static final Pattern GROWTH = Pattern.compile("(增长|提高|下降|增加|减少|提升|降低)$");
    /** Words that end the name of one unit or sub-area (科技园, 开发区, …研究院); not 全区/本区/我区/新区. */
    private static final Pattern ENTITY = Pattern.compile(
            "(园区|园|城|谷|院|所|中心|公司|集团|大学|学院|基地|联盟|实验室|(?<![全本我新])区)$");
    /** "全市占比分别达到…": the numbers are shares of the parent's total. */
    private static final Pattern SHARE = Pattern.compile("^(全[市省国区])?(占比|所占比重)$");
    private static final Pattern LEVEL_WORD = Pattern.compile("^(国家级|省级|市级|区级)$");
    private static final Pattern HEAD_LEVEL = Pattern.compile("^(市级以上|省级以上|国家级|省级|市级|区级)");
    private static final String BOUNDARY = "，,；;。：:";
    private static final String[] FILLER = {"分别", "累计", "共有", "共计", "共", "现有", "约", "近", "为", "力争", "评价入库"};
    private static final String[] LEADING = {"其中", "含", "另有"};

    private final IndicatorFinder finder;
    private final Extraction out;
    private final PlanMetadata plan;
    private Mode mode = Mode.OTHER;
    /** The current line as written (full-width digits kept), for quotes; same positions as the cleaned line. */
    private String shown = "";

    SentenceExtractor(IndicatorFinder finder, Extraction out) {
        this.finder = finder;
        this.out = out;
        this.plan = out.plan();
    }

    /**
     * @param text  the line with ASCII digits, as matched
     * @param shown the line as written (bookmark tags blanked), of the same length, for quotes
     */
    void line(int lineNo, int columnBase, String text, String shown) {
        this.shown = shown;
        out.columnBase(columnBase);
        String t = text.strip();
        heading(t);
        Integer paraYear = null;
        Matcher pm = PERIOD_OPEN.matcher(t);
        if (pm.find()) paraYear = pastPeriodEnd(pm.group(1));
        NumberLexer.Lexed lx = NumberLexer.lex(text);
        for (NumberLexer.Stray s : lx.strays()) {
            out.unclassified(shown.substring(s.start(), s.end()), s.reason(), lineNo, s.start() + 1,
                    quote(text, s.start(), s.end()));
        }
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if ("。！？!?".indexOf(text.charAt(i)) >= 0 || i == text.length() - 1) {
                List<Quantity> qs = new ArrayList<>();
                for (Quantity q : lx.quantities()) if (q.start() >= start && q.start() <= i) qs.add(q);
                if (!qs.isEmpty()) sentence(lineNo, text, start, i + 1, qs, paraYear);
                start = i + 1;
            }
        }
    }

    /** Section headings set what unlabelled numbers below them are: goals, achievements, or neither. */
    private void heading(String t) {
        boolean top = TOP_HEADING.matcher(t).find() && t.length() < 40;
        boolean goals = t.length() <= 20 && t.contains("目标") && !t.contains("。");
        if (!top && !goals) return;
        if (t.contains("目标")) mode = Mode.TARGET;
        else if (t.matches(".*(基础|现状|成效|回顾|成就).*")) mode = Mode.BASELINE;
        else mode = Mode.OTHER;
    }

    private void sentence(int lineNo, String text, int s, int e, List<Quantity> qs, Integer paraYear) {
        String sent = text.substring(s, e);
        Integer targetYear = null;
        Integer asOf = null;
        Matcher m = TO_YEAR.matcher(sent);
        if (m.find()) {
            targetYear = Integer.parseInt(m.group(1));
        } else {
            m = YEAR_OPEN.matcher(sent);
            if (m.find() && Integer.parseInt(m.group(1)) >= plan.start()) targetYear = Integer.parseInt(m.group(1));
        }
        m = AS_OF.matcher(sent);
        if (m.find()) asOf = Integer.parseInt(m.group(1));
        // "…，“十三五”期间，…达到147家": achieved by the end of that period.
        m = PERIOD_IN.matcher(sent);
        if (m.find()) {
            Integer end = pastPeriodEnd(m.group(2));
            if (end != null) paraYear = end;
        }

        List<Figure> inSentence = new ArrayList<>();
        String entitySubject = null;
        Resolved from = null;
        int i = 0;
        while (i < qs.size()) {
            Quantity q = qs.get(i);
            int clause = lastBoundary(text, q.start(), s);
            int segStart = Math.max(clause, i > 0 ? qs.get(i - 1).end() : s);
            Parsed p = parse(text.substring(segStart, q.start()));
            String quote = shown.substring(clause, q.end());
            if (p.growth()) {
                out.unclassified(shown.substring(q.start(), q.end()), Reason.GROWTH, lineNo,
                        q.start() + 1, quote);
                i++;
                continue;
            }
            Timing timing = timing(text, s, q, targetYear, asOf, paraYear);
            boolean share = !p.from() && SHARE.matcher(p.subject()).matches();
            if ((p.list() || share) && timing == null) {
                out.unclassified(shown.substring(q.start(), q.end()), Reason.TASK_SECTION, lineNo, q.start() + 1, quote);
                i++;
                continue;
            }
            if (p.list() || share) {
                int j = i + 1;
                List<Quantity> values = new ArrayList<>(List.of(q));
                while (j < qs.size()
                        && text.substring(qs.get(j - 1).end(), qs.get(j).start()).matches("[\\s、和及与]*")) {
                    values.add(qs.get(j++));
                }
                String listQuote = shown.substring(clause, values.get(values.size() - 1).end());
                if (share) {
                    shares(lineNo, clause, p, values, inSentence);
                } else {
                    list(lineNo, clause, p, values, timing, inSentence, listQuote);
                }
                i = j;
                continue;
            }
            Resolved r;
            if (p.subject().isBlank() && from != null) {
                r = from;
            } else {
                r = resolve(p.subject(), inSentence.isEmpty() ? null : inSentence.get(inSentence.size() - 1), text, q);
            }
            if (r == null) {
                out.unclassified(shown.substring(q.start(), q.end()), Reason.NO_INDICATOR, lineNo, q.start() + 1, quote);
                i++;
                continue;
            }
            String lead = r.prefix().strip();
            boolean entity = !lead.endsWith("等") && ENTITY.matcher(lead).find();
            if (entity || (entitySubject != null && Extraction.scopeOf(lead).isEmpty())) {
                if (entity) entitySubject = lead;
                out.unclassified(shown.substring(q.start(), q.end()), Reason.NAMED_UNIT, List.of(entitySubject), lineNo,
                        q.start() + 1, quote);
                i++;
                continue;
            }
            if (timing == null) {
                out.unclassified(shown.substring(q.start(), q.end()), Reason.TASK_SECTION, lineNo, q.start() + 1, quote);
                i++;
                continue;
            }
            String qualifier = r.after() ? firstQualifier(p.subject()) : p.qualifier();
            if (r.after()) {
                quote = shown.substring(clause, text.indexOf(r.indicator(), q.end()) + r.indicator().length());
            }
            if (p.from()) {
                Integer year = p.fromYear() != null ? p.fromYear() : paraYear != null ? paraYear - 5 : null;
                if (year == null) {
                    out.unclassified(shown.substring(q.start(), q.end()), Reason.NO_START_YEAR, lineNo,
                            q.start() + 1, quote);
                } else {
                    inSentence.add(out.figure(r.indicator(), Extraction.scopeOf(lead), q.unit(), Kind.BASELINE, year,
                            q.value(), qualifier(qualifier, q), lineNo, q.start() + 1, quote));
                }
                from = r;
                i++;
                continue;
            }
            from = null;
            inSentence.add(out.figure(r.indicator(), Extraction.scopeOf(lead), q.unit(), timing.kind(), timing.year(),
                    q.value(), qualifier(qualifier, q), lineNo, q.start() + 1, quote));
            i++;
        }
    }

    /** "A、B和C分别达到x、y和z": one figure per name; one blank for a list of names is a blank for each. */
    private void list(int lineNo, int clause, Parsed p, List<Quantity> values, Timing timing,
                      List<Figure> inSentence, String quote) {
        List<String> items = items(p.subject());
        if (values.size() == 1 && values.get(0).blank() && items.size() > 1) {
            Quantity b = values.get(0);
            values = new ArrayList<>();
            for (int k = 0; k < items.size(); k++) values.add(b);
        }
        if (items.size() != values.size()) {
            for (Quantity v : values) {
                out.unclassified(shown.substring(v.start(), v.end()), Reason.LIST_MISMATCH,
                        List.of(String.valueOf(items.size()), String.valueOf(values.size())), lineNo, v.start() + 1, quote);
            }
            return;
        }
        String scope = Extraction.scopeOf(p.subject());
        for (int k = 0; k < items.size(); k++) {
            Quantity v = values.get(k);
            String item = items.get(k);
            int at = finder.suffix(item);
            String q = shown.substring(clause, v.end());
            if (at < 0) {
                out.unclassified(shown.substring(v.start(), v.end()), Reason.NO_INDICATOR_IN_LIST, List.of(item), lineNo,
                        v.start() + 1, q);
                continue;
            }
            String lead = item.substring(0, at).strip();
            if (!lead.endsWith("等") && ENTITY.matcher(lead).find()) {
                out.unclassified(shown.substring(v.start(), v.end()), Reason.NAMED_UNIT, List.of(lead), lineNo,
                        v.start() + 1, q);
                continue;
            }
            inSentence.add(out.figure(item.substring(at).strip(), scope, v.unit(), timing.kind(), timing.year(),
                    v.value(), qualifier(p.qualifier(), v), lineNo, v.start() + 1, q));
        }
    }

    /** "…全市占比分别达到45.1%、37.8%…": shares of the parent's total, for the counts named just before. */
    private void shares(int lineNo, int clause, Parsed p, List<Quantity> values, List<Figure> inSentence) {
        List<Figure> counts = inSentence.stream().filter(f -> f.kind() != Kind.SHARE).toList();
        String scope = Extraction.scopeOf(p.subject());
        if (counts.size() < values.size()) {
            for (Quantity v : values) {
                out.unclassified(shown.substring(v.start(), v.end()), Reason.SHARE_WITHOUT_COUNT, lineNo, v.start() + 1,
                        shown.substring(clause, v.end()));
            }
            return;
        }
        List<Figure> of = counts.subList(counts.size() - values.size(), counts.size());
        for (int k = 0; k < values.size(); k++) {
            Quantity v = values.get(k);
            Figure c = of.get(k);
            out.figure(c.indicatorText(), scope.isEmpty() ? "全市" : scope, "%", Kind.SHARE, c.year(), v.value(),
                    qualifier(p.qualifier(), v), lineNo, v.start() + 1, shown.substring(clause, v.end()));
        }
    }

    private static List<String> items(String subject) {
        List<String> items = new ArrayList<>();
        for (String part : subject.split("、")) {
            if (!part.isBlank()) items.add(part.strip());
        }
        if (!items.isEmpty()) {
            String last = items.remove(items.size() - 1);
            for (String part : last.split("[和及与]")) if (!part.isBlank()) items.add(part.strip());
        }
        return items;
    }

    private Resolved resolve(String subject, Figure prev, String text, Quantity q) {
        int k = finder.suffix(subject);
        if (k >= 0) return new Resolved(subject.substring(k).strip(), subject.substring(0, k), false);
        String lead = subject.strip();
        if (prev != null && !lead.isEmpty()) {
            // "其中国家级21家" after "众创空间达到68家"; "规模达到1000亿元" after "产业创新基金超过8支"
            if (LEVEL_WORD.matcher(lead).matches()) {
                String c = lead + HEAD_LEVEL.matcher(prev.indicatorText()).replaceFirst("");
                if (finder.known(c)) return new Resolved(c, "", false);
            }
            String c = prev.indicatorText() + lead;
            if (finder.known(c)) return new Resolved(c, "", false);
        }
        // The name after the number: "建设3家大学科技园", "3家企业列入天津市科技领军（培育）企业认定".
        int end = q.end();
        while (end < text.length() && BOUNDARY.indexOf(text.charAt(end)) < 0 && text.charAt(end) != '、') end++;
        String in = finder.inside(text.substring(q.end(), end));
        return in == null ? null : new Resolved(in, subject, true);
    }

    /**
     * The last year of a five-year period that ended before the plan began ("十三五" in a 十四五 plan:
     * 2020), or null: "“十四五”期间，…" in a 十四五 plan speaks of the future, not of what was achieved.
     */
    private Integer pastPeriodEnd(String period) {
        int end = PlanMetadata.fiveYearStart(period) + 4;
        return end < plan.start() ? end : null;
    }

    private Timing timing(String text, int s, Quantity q, Integer targetYear, Integer asOf, Integer paraYear) {
        if (targetYear != null) return new Timing(Kind.TARGET, targetYear);
        if (asOf != null) return new Timing(Kind.BASELINE, asOf);
        int part = s;
        for (int k = q.start() - 1; k >= s; k--) {
            if (text.charAt(k) == '；' || text.charAt(k) == ';') {
                part = k + 1;
                break;
            }
        }
        Integer past = null;
        Matcher m = PAST_YEAR.matcher(text.substring(part, q.start()));
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y < plan.start()) past = y;
        }
        if (past != null) return new Timing(Kind.BASELINE, past);
        if (paraYear != null) return new Timing(Kind.BASELINE, paraYear);
        if (mode == Mode.BASELINE) return new Timing(Kind.BASELINE, plan.start() - 1);
        if (mode == Mode.TARGET || q.blank()) return new Timing(Kind.TARGET, plan.end());
        return null;
    }

    static Parsed parse(String seg) {
        String t = seg.replaceFirst("^[\\s、和及与]+", "");
        for (String w : LEADING) {
            if (t.startsWith(w)) {
                t = t.substring(w.length());
                break;
            }
        }
        t = t.strip();
        if (GROWTH.matcher(t).find()) return new Parsed(t, "", false, true, false, null);
        String qualifier = "";
        boolean list = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String w : NumberLexer.VERBS) {
                if (t.endsWith(w)) {
                    if (qualifier.isEmpty()) qualifier = w;
                    list |= w.startsWith("分别");
                    t = t.substring(0, t.length() - w.length()).strip();
                    changed = true;
                    break;
                }
            }
            if (changed) continue;
            for (String w : FILLER) {
                if (t.endsWith(w)) {
                    list |= w.equals("分别");
                    t = t.substring(0, t.length() - w.length()).strip();
                    changed = true;
                    break;
                }
            }
        }
        Matcher f = FROM.matcher(t);
        if (f.matches()) {
            return new Parsed(f.group(1).strip(), qualifier, list, false, true,
                    f.group(2) == null ? null : Integer.parseInt(f.group(2)));
        }
        return new Parsed(t, qualifier, list, false, false, null);
    }

    private static String firstQualifier(String text) {
        int best = -1;
        String found = "";
        for (String w : new String[] {"至少", "力争达到", "达到", "突破", "超过", "不低于", "不少于"}) {
            int at = text.indexOf(w);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                found = w;
            }
        }
        return found;
    }

    /** The qualifier as written: "力争达到…以上", "突破", "余" (550余项). */
    private static String qualifier(String verb, Quantity q) {
        String s = verb;
        if (!q.suffix().isEmpty()) s = s.isEmpty() ? q.suffix() : s + "…" + q.suffix();
        if (s.isEmpty()) s = q.approx();
        return s;
    }

    private static int lastBoundary(String text, int pos, int floor) {
        for (int k = pos - 1; k >= floor; k--) if (BOUNDARY.indexOf(text.charAt(k)) >= 0) return k + 1;
        return floor;
    }

    /** The clause around a stray number, for its quote. */
    private String quote(String text, int start, int end) {
        int a = lastBoundary(text, start, 0);
        int b = end;
        while (b < text.length() && BOUNDARY.indexOf(text.charAt(b)) < 0) b++;
        return shown.substring(a, b);
    }
}
