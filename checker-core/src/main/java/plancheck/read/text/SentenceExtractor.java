package plancheck.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plancheck.model.Figure;
import plancheck.model.Kind;
import plancheck.model.Level;
import plancheck.model.Vocabulary;
import plancheck.read.Unclassified.Reason;

/**
 * Reads the figures of the plan's prose, one paragraph at a time, whatever indicators it names: any
 * "indicator phrase + verb or qualifier + number + unit" with a year context is a figure, whether
 * or not the catalogue knows the indicator ("到2025年，全区高新技术企业突破125家" a target,
 * "截至2020年底，…3270家" a baseline, "…分别达到60家、3家和2家" one figure per name, "从2015年的1.08%
 * 提升至2020年的2.12%" two baselines, "…占全市34.4%" a share of the count before it). Whether a
 * number is a target or a baseline comes from its own year, its sentence (到2025年, 截至2020年底),
 * its paragraph (“十三五”期间) or its section (发展目标, 发展基础); a number in a task section with no
 * year is not the plan's target. Growth rates, increments, ranks, ranges, multiples, footnotes and
 * other regions' figures are kept as unclassified with the reason. The words are the vocabulary's.
 */
final class SentenceExtractor {
    enum Mode { OTHER, BASELINE, TARGET }

    private record Timing(Kind kind, int year) {
    }

    /** The words before a number, taken apart. */
    private record Parsed(String subject, String qualifier, boolean list, Reason notFigure, boolean from,
                          Integer fromYear, Integer ownYear, boolean cumulative) {
    }

    /** The indicator found for a number, and the words before it that are not part of it. */
    private record Resolved(String indicator, String prefix, boolean after) {
    }

    private static final Vocabulary WORDS = Vocabulary.standard();
    private static final String UNTIL = "(?:" + WORDS.alternation("until") + ")";
    private static final String PERIOD = "[“\"]?(十[二三四五]五)[”\"]?";
    private static final String PERIOD_MARK = "(" + WORDS.alternation("period-marks") + ")";
    private static final String LEVEL = "(" + WORDS.alternation("levels") + ")";
    private static final Pattern TOP_HEADING = Pattern.compile(
            "^(第[一二三四五六七八九十]+[章节部分篇]|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|专栏)");
    private static final Pattern UNTIL_YEAR_END = Pattern.compile(UNTIL + "\\s*20\\d\\d\\s*年(?:底|末)?$");
    private static final Pattern UNTIL_END = Pattern.compile(UNTIL + "\\s*$");
    private static final Pattern TO_YEAR = Pattern.compile(UNTIL + "\\s*(20\\d\\d)\\s*年(?:底|末)?");
    private static final Pattern TO_PERIOD_END = Pattern.compile(
            UNTIL + "\\s*(?:" + PERIOD + "|本?规划)\\s*(?:期)?末|" + UNTIL + "\\s*期末");
    private static final Pattern YEAR_OPEN = Pattern.compile("^\\s*(20\\d\\d)\\s*年[底末]?\\s*[，,]");
    private static final Pattern AS_OF = Pattern.compile("(?:" + WORDS.alternation("as-of") + ")\\s*(20\\d\\d)\\s*年");
    private static final Pattern PAST_YEAR = Pattern.compile("(?<![由从])(20\\d\\d)\\s*年(?!均)");
    private static final Pattern FROM = Pattern.compile("^(.*?)[由从]\\s*(?:(20\\d\\d)\\s*年(?:底|末)?的?)?$");
    /** The year a number is stated for, right before it: "…提升至2020年的2.12%". */
    private static final Pattern OWN_YEAR = Pattern.compile("(20\\d\\d)\\s*年(?:底|末)?(?:的|为|达到)?$");
    private static final Pattern PERIOD_OPEN = Pattern.compile("^" + PERIOD + PERIOD_MARK);
    /** A period named in a sentence; not "较“十二五”期间增长…", which compares with it. */
    private static final Pattern PERIOD_IN = Pattern.compile(
            "(?<!(" + WORDS.alternation("comparisons") + ")[“\"]?)" + PERIOD + PERIOD_MARK);
    /** Words that end the name of one unit or sub-area (科技园, 开发区, …研究院); not 全区/本区/我区/新区. */
    private static final Pattern ENTITY = Pattern.compile(
            "(" + WORDS.alternation("entities") + "|(?<![全本我新辖城市县])区)$");
    /** "全市占比分别达到…", "占全市34.4%": the numbers are shares of the parent's total. */
    private static final Pattern SHARE = Pattern.compile(
            "^(全[市省国区])?(占比|所占比重|占比重)$|^(约)?占全[市省国](的)?(总[数量]的?)?(比重|比例)?$|^占[\\p{IsHan}]{2,5}[市省](的)?(总[数量]的?)?(比重|比例)?$");
    private static final Pattern OWN_SHARE = Pattern.compile("^(占|占比)$");
    private static final Pattern LEVEL_WORD = Pattern.compile("^" + LEVEL + "(以上)?$");
    private static final Pattern LEVEL_BEFORE = Pattern.compile(LEVEL + "(及?以上)?$");
    private static final Pattern HEAD_LEVEL = Pattern.compile("^" + LEVEL + "(以上)?");
    private static final Pattern TIME_LEAD = Pattern.compile("^(?:(?:" + WORDS.alternation("time-leads") + "|" + WORDS.alternation("until")
            + ")?\\s*(?:20\\d\\d\\s*年(?:底|末)?(?:前)?|" + PERIOD + PERIOD_MARK + "?|本?规划期末|期末)[，,]?)+");
    private static final Pattern CONNECTOR = Pattern.compile("^(" + WORDS.alternation("connectors") + "|\\s)+");
    private static final Pattern HEAD_NOUN = Pattern.compile("(" + WORDS.alternation("head-nouns") + ")$");
    private static final Pattern FOOTNOTE = Pattern.compile("^(" + WORDS.alternation("footnotes") + ")\\s*\\d?");
    private static final Pattern OTHER_REGION = Pattern.compile("^(" + WORDS.alternation("other-regions") + ")");
    private static final Pattern NAMED_REGION = Pattern.compile(
            "^([\\p{IsHan}]{2,5}?(?:省|市))(?!" + WORDS.alternation("not-after-region") + "|民)");
    private static final Pattern NOT_A_REGION = Pattern.compile(
            "(" + WORDS.alternation("not-cities") + ")$|" + WORDS.alternation("not-region-words"));
    private static final Pattern RANK_BEFORE = Pattern.compile("(" + WORDS.alternation("ranks") + ")$");
    private static final Pattern ADVERBIAL = Pattern.compile(WORDS.alternation("adverbials"));
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}]");
    private static final Pattern SENTENCE_YEAR = Pattern.compile("^\\s*(20\\d\\d)\\s*年(?:底|末)?(?!均)");
    private static final Pattern NAMED_BODY = Pattern.compile(
            "^[\\p{IsHan}A-Za-z“”\"]{2,16}?(" + WORDS.alternation("bodies") + ")(?=[\\p{IsHan}“\"])");
    private static final Pattern FLOW = Pattern.compile("累计(" + WORDS.alternation("flows") + ")");
    private static final String BOUNDARY = "，,；;。：:";

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
     * @param columnBase where the paragraph starts on its line, less one
     * @param text       the paragraph with ASCII digits, as matched
     * @param shown      the paragraph as written, of the same length, for quotes
     */
    void line(int lineNo, int columnBase, String text, String shown) {
        this.shown = shown;
        out.columnBase(columnBase);
        String t = text.strip();
        heading(t);
        Integer paraYear = null;
        Matcher pm = PERIOD_OPEN.matcher(t);
        if (pm.find()) paraYear = pastPeriodEnd(pm.group(1));
        boolean footnote = FOOTNOTE.matcher(t).find();
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
                if (!qs.isEmpty()) {
                    if (footnote) {
                        for (Quantity q : qs) {
                            out.unclassified(shown.substring(q.start(), q.end()), Reason.FOOTNOTE, lineNo, q.start() + 1,
                                    quote(text, q.start(), q.end()));
                        }
                    } else {
                        sentence(lineNo, text, start, i + 1, qs, paraYear);
                    }
                }
                start = i + 1;
            }
        }
    }

    /** Section headings set what unlabelled numbers below them are: goals, achievements, or neither. */
    private void heading(String t) {
        boolean top = TOP_HEADING.matcher(t).find() && t.length() < 40 && !t.contains("。");
        boolean goals = t.length() <= 20 && WORDS.in(t, "goal-titles") != null && !t.contains("。");
        if (!top && !goals) return;
        if (WORDS.in(t, "goal-headings") != null) mode = Mode.TARGET;
        else if (WORDS.in(t, "outlook-headings") == null && WORDS.in(t, "base-headings") != null) mode = Mode.BASELINE;
        else mode = Mode.OTHER;
    }

    private void sentence(int lineNo, String text, int s, int e, List<Quantity> qs, Integer paraYear) {
        String sent = text.substring(s, e);
        Integer targetYear = null;
        Integer asOf = null;
        Matcher m = TO_YEAR.matcher(sent);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            // "截至2020年底" in a 十四五 plan is as-of, "到2025年" a target year.
            if (y >= plan.start() || sent.startsWith("到", m.start()) && y >= plan.start() - 1 && plan.end() - plan.start() < 3) {
                if (targetYear == null) targetYear = y;
            } else if (asOf == null) {
                asOf = y;
            }
        }
        m = TO_PERIOD_END.matcher(sent);
        if (targetYear == null && m.find()) {
            Integer five = m.group(1) == null ? null : PlanMetadata.fiveYearStart(m.group(1));
            targetYear = five == null ? plan.end() : five + 4;
            if (targetYear < plan.start()) {
                asOf = targetYear;
                targetYear = null;
            }
        }
        if (targetYear == null) {
            m = YEAR_OPEN.matcher(sent);
            if (m.find() && Integer.parseInt(m.group(1)) >= plan.start()) targetYear = Integer.parseInt(m.group(1));
        }
        m = AS_OF.matcher(sent);
        if (asOf == null && m.find()) asOf = Integer.parseInt(m.group(1));
        // "…，“十三五”期间，…达到147家": achieved by the end of that period.
        m = PERIOD_IN.matcher(sent);
        if (m.find()) {
            Integer end = pastPeriodEnd(m.group(2));
            if (end != null) paraYear = end;
        }

        Matcher open = SENTENCE_YEAR.matcher(sent);
        Integer sentenceYear = open.find() && Integer.parseInt(open.group(1)) < plan.start() ? Integer.parseInt(open.group(1)) : null;
        List<Figure> inSentence = new ArrayList<>();
        // "南京理工大学北方研究院…机制不断深化，累计成立产业化项目公司9家": the sentence speaks of one body.
        Matcher body = NAMED_BODY.matcher(sent.strip());
        String entitySubject = body.find() ? body.group() : null;
        Resolved from = null;
        int i = 0;
        while (i < qs.size()) {
            Quantity q = qs.get(i);
            int clause = lastBoundary(text, q.start(), s);
            int segStart = Math.max(clause, previousEnd(text, qs, i, s));
            Parsed p = parse(text.substring(segStart, q.start()), text.substring(clause, q.start()));
            String quote = shown.substring(clause, q.end());
            String after = text.substring(q.end(), Math.min(text.length(), q.end() + 4));
            Reason not = p.notFigure();
            if (not == null && WORDS.startOf(after, "points") != null) not = Reason.GROWTH;
            if (not == null && q.unit().equals("倍")) not = Reason.GROWTH;
            boolean rankAfter = WORDS.startOf(q.unit() + q.suffix() + after, "rank-suffixes") != null;
            if (not == null && (rankAfter || WORDS.startOf(after, "rank-ends") != null && RANK_BEFORE.matcher(p.subject()).find())) {
                not = Reason.RANK;
            }
            if (not == null && after.startsWith("的") && !q.blank()) not = Reason.THRESHOLD;
            // A size (12英寸 wafers) names a product, it is no level of an indicator.
            if (not == null && WORDS.words("product-units").contains(q.unit())) not = Reason.NO_INDICATOR;
            if (not != null) {
                out.unclassified(shown.substring(q.start(), q.end()), not, lineNo, q.start() + 1, quote);
                i++;
                continue;
            }
            Timing timing = timing(text, s, q, targetYear, asOf, paraYear != null ? paraYear : sentenceYear, p.ownYear());
            if (timing == null && WORDS.in(p.qualifier(), "striving") != null) {
                timing = new Timing(Kind.TARGET, plan.end());
            }
            boolean share = !p.from() && SHARE.matcher(p.subject()).matches() && q.unit().equals("%");
            if (share && !parentScope(p.subject())) {
                out.unclassified(shown.substring(q.start(), q.end()), Reason.OTHER_REGION, lineNo, q.start() + 1, quote);
                i++;
                continue;
            }
            if (!share && OWN_SHARE.matcher(p.subject()).matches() && q.unit().equals("%")) {
                out.unclassified(shown.substring(q.start(), q.end()), Reason.OWN_SHARE, lineNo, q.start() + 1, quote);
                i++;
                continue;
            }
            if ((p.list() || share) && timing == null) {
                out.unclassified(shown.substring(q.start(), q.end()), Reason.TASK_SECTION, lineNo, q.start() + 1, quote);
                i++;
                continue;
            }
            if (p.list() || share) {
                int j = i + 1;
                List<Quantity> values = new ArrayList<>(List.of(q));
                while (j < qs.size()
                        && text.substring(qs.get(j - 1).end(), qs.get(j).start()).matches("[\\s、和及与,，]*")
                        && !(qs.get(j).blank() && !q.blank())) {
                    values.add(qs.get(j++));
                }
                String listQuote = shown.substring(clause, values.get(values.size() - 1).end());
                if (share) {
                    shares(lineNo, clause, p, values, inSentence);
                } else {
                    list(lineNo, clause, p, values, timing, inSentence, listQuote, text.substring(s, clause));
                }
                i = j;
                continue;
            }
            Resolved r;
            if (p.subject().isBlank() && from != null) {
                r = from;
            } else {
                r = resolve(p.subject(), inSentence.isEmpty() ? null : inSentence.get(inSentence.size() - 1), text, q,
                        text.substring(clause, q.start()));
            }
            if (r == null) {
                out.unclassified(shown.substring(q.start(), q.end()), Reason.NO_INDICATOR, lineNo, q.start() + 1, quote);
                i++;
                continue;
            }
            String lead = ownRegion(r.prefix().strip());
            if (WORDS.endOf(p.subject(), "each") != null) {
                // "各县（市、区）…全部达到1.5%": a level each sub-area is to reach, not the region's.
                out.unclassified(shown.substring(q.start(), q.end()), Reason.NAMED_UNIT, List.of(p.subject()), lineNo,
                        q.start() + 1, quote);
                i++;
                continue;
            }
            Figure last = inSentence.isEmpty() ? null : inSentence.get(inSentence.size() - 1);
            if (last != null && WORDS.words("entity-units").contains(last.unit()) && !r.after() && lead.isEmpty()
                    && WORDS.words("attributes").contains(r.indicator())) {
                // "…引进创新创业企业700余家，销售收入近10亿元": the revenue of what was just counted.
                out.unclassified(shown.substring(q.start(), q.end()), Reason.NO_INDICATOR, lineNo, q.start() + 1, quote);
                i++;
                continue;
            }
            boolean entity = !lead.endsWith("等") && ENTITY.matcher(lead).find();
            if (entity || (entitySubject != null && Extraction.scopeOf(lead + r.indicator()).isEmpty())) {
                if (entity) entitySubject = lead;
                out.unclassified(shown.substring(q.start(), q.end()), Reason.NAMED_UNIT, List.of(entitySubject), lineNo,
                        q.start() + 1, quote);
                i++;
                continue;
            }
            if (otherRegion(cleanLead(lead), r.indicator(), false)) {
                out.unclassified(shown.substring(q.start(), q.end()), Reason.OTHER_REGION, lineNo, q.start() + 1, quote);
                i++;
                continue;
            }
            if (timing == null) {
                out.unclassified(shown.substring(q.start(), q.end()), Reason.TASK_SECTION, lineNo, q.start() + 1, quote);
                i++;
                continue;
            }
            String qualifier = r.after() ? firstQualifier(p.subject()) : p.qualifier();
            boolean cumulative = p.cumulative() || (q.unit().endsWith("元") && text.substring(clause, q.start()).contains("累计"));
            if (cumulative && !qualifier.contains("累计")) qualifier = "累计" + qualifier;
            if (!cumulative && qualifier.startsWith("累计")) qualifier = qualifier.substring(2);
            if (r.after()) {
                int at = text.indexOf(r.indicator(), q.end());
                quote = shown.substring(clause, at < 0 ? q.end() : at + r.indicator().length());
            }
            String scope = Extraction.scopeOf(lead);
            if (p.from()) {
                Integer year = p.fromYear() != null ? p.fromYear() : p.ownYear();
                if (year == null && paraYear != null) year = paraYear - 5;
                if (year == null && mode == Mode.TARGET && timing.kind() == Kind.TARGET) year = plan.start() - 1;
                if (year == null) {
                    out.unclassified(shown.substring(q.start(), q.end()), Reason.NO_START_YEAR, lineNo,
                            q.start() + 1, quote);
                } else {
                    inSentence.add(out.figure(r.indicator(), scope, q.unit(), Kind.BASELINE, year,
                            q.value(), qualifier(qualifier, q), lineNo, q.start() + 1, quote));
                }
                from = r;
                i++;
                continue;
            }
            from = null;
            inSentence.add(out.figure(r.indicator(), scope, q.unit(), timing.kind(), timing.year(),
                    q.value(), qualifier(qualifier, q), lineNo, q.start() + 1, quote));
            i++;
        }
    }

    /**
     * Where the words before quantity {@code i} begin: after the quantity before it, unless that
     * one is a threshold inside the name ("总收入超过100亿元的高新技术企业…达到10家").
     */
    private static int previousEnd(String text, List<Quantity> qs, int i, int floor) {
        for (int k = i - 1; k >= 0; k--) {
            Quantity prev = qs.get(k);
            if (prev.blank() || !text.startsWith("的", prev.end())) return prev.end();
        }
        return floor;
    }

    /** A figure of a region above or beside the plan's own: quoted for context, not the plan's figure. */
    private boolean otherRegion(String lead, String indicator, boolean share) {
        String t = (lead + indicator).strip();
        if (OTHER_REGION.matcher(t).find()) return true;
        // A scope above the plan's own in its prose: the city's figure quoted in a district plan.
        // (A table row so labelled is the plan's own figure, mislabelled: the scope rule reports it.)
        Level scope = plancheck.model.Scopes.levelOf(Extraction.scopeOf(t));
        if (scope == null && share) return false;
        boolean cityItself = scope == Level.CITY && plan.region().endsWith("市");
        if (scope != null && !share && !cityItself && scope.ordinal() < plan.level().ordinal()
                && !(scope == Level.DISTRICT && plan.level() == Level.COUNTY)) {
            return true;
        }
        if (WORDS.in(lead, "quoting-verbs") != null) return true;
        for (String part : new String[] {lead.strip(), indicator.strip()}) {
            Matcher m = NAMED_REGION.matcher(part);
            if (!m.find()) continue;
            String named = m.group(1);
            if (NOT_A_REGION.matcher(named).find()) continue;
            if (!named.equals(plan.region()) && !named.equals(plan.parent()) && !plan.region().startsWith(named)
                    && !plan.parent().startsWith(named) && part.length() > named.length() + 1) {
                return true;
            }
        }
        return false;
    }

    /** The words before an indicator less the plan's own name for itself (园区, 襄州区 in 襄州区's plan). */
    private String ownRegion(String lead) {
        String t = lead;
        if (t.endsWith(plan.region())) return t.substring(0, t.length() - plan.region().length());
        String self = WORDS.endOf(t, "self");
        if (self != null && !Extraction.scopeOf(self).equals(self)) return t.substring(0, t.length() - self.length());
        return t;
    }

    /** Whether a share speaks of the parent's total (全市 for a district, 全省 for a city), or names none. */
    private boolean parentScope(String subject) {
        Level named = subject.contains("全国") ? null : subject.contains("全省") ? Level.PROVINCE
                : subject.contains("全市") ? Level.CITY : subject.contains("全区") ? Level.DISTRICT : plan.level();
        if (subject.contains("全国")) return false;
        return named == plan.level() || named.ordinal() == plan.level().ordinal() - 1
                || (plan.level() == Level.COUNTY && named == Level.CITY);
    }

    /** "A、B和C分别达到x、y和z": one figure per name; one blank for a list of names is a blank for each. */
    private void list(int lineNo, int clause, Parsed p, List<Quantity> values, Timing timing,
                      List<Figure> inSentence, String quote, String before) {
        List<String> items = items(p.subject());
        if (values.size() == 1 && values.get(0).blank() && items.size() > 1) {
            Quantity b = values.get(0);
            values = new ArrayList<>();
            for (int k = 0; k < items.size(); k++) values.add(b);
        }
        if (items.size() != values.size() && items.size() <= 1) {
            // "全区高新技术企业和科技型企业在2022年的基础上实现“双倍增”，分别超过90家和870家": the names
            // stand in the clause before, up to where its adverbial (在…, 比…) begins.
            String[] clauses = before.split("[，,；;]");
            String prev = clauses.length == 0 ? "" : cleanLead(clauses[clauses.length - 1]);
            Matcher adverbial = ADVERBIAL.matcher(prev);
            if (adverbial.find()) prev = prev.substring(0, adverbial.start());
            List<String> named = items(prev);
            if (named.size() == values.size()) items = named;
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
            String q = shown.substring(clause, v.end());
            int at = finder.suffix(item);
            String name;
            String lead;
            if (at >= 0) {
                name = item.substring(at).strip();
                lead = item.substring(0, at).strip();
            } else {
                name = phrase(item);
                lead = "";
                if (name == null) {
                    out.unclassified(shown.substring(v.start(), v.end()), Reason.NO_INDICATOR_IN_LIST, List.of(item), lineNo,
                            v.start() + 1, q);
                    continue;
                }
            }
            if (!lead.endsWith("等") && ENTITY.matcher(lead).find()) {
                out.unclassified(shown.substring(v.start(), v.end()), Reason.NAMED_UNIT, List.of(lead), lineNo,
                        v.start() + 1, q);
                continue;
            }
            inSentence.add(out.figure(name, scope, v.unit(), timing.kind(), timing.year(),
                    v.value(), qualifier(p.qualifier(), v), lineNo, v.start() + 1, q));
        }
    }

    /** "…全市占比分别达到45.1%、…", "…2182家、占全市34.4%": shares of the parent's total, for the counts just before. */
    private void shares(int lineNo, int clause, Parsed p, List<Quantity> values, List<Figure> inSentence) {
        List<Figure> counts = inSentence.stream().filter(f -> f.kind() != Kind.SHARE && !"%".equals(f.unit())).toList();
        String scope = p.subject().contains("全省") ? "全省" : p.subject().contains("全国") ? "全国" : "全市";
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
            out.figure(c.indicatorText(), scope, "%", Kind.SHARE, c.year(), v.value(),
                    qualifier(p.qualifier(), v), lineNo, v.start() + 1, shown.substring(clause, v.end()));
        }
    }

    /** The names of a list; short names take the head noun of the last ("雏鹰、瞪羚、领军企业" gives 雏鹰企业 …). */
    private List<String> items(String subject) {
        List<String> items = new ArrayList<>();
        String t = cleanLead(subject);
        for (String part : t.split("[、，,]")) {
            if (!part.isBlank()) items.add(part.strip());
        }
        if (!items.isEmpty()) {
            String last = items.remove(items.size() - 1);
            for (String part : last.split("(?<=[\\p{IsHan}”])[和及与](?=[\\p{IsHan}“])")) if (!part.isBlank()) items.add(part.strip());
        }
        for (int k = 1; k < items.size(); k++) {
            // "发明专利申请量和授权量": the short name takes the stem of the one before it.
            String it = items.get(k);
            String prev = items.get(k - 1);
            if (it.length() <= 3 && prev.length() > it.length() + 1 && prev.charAt(prev.length() - 1) == it.charAt(it.length() - 1)) {
                items.set(k, prev.substring(0, prev.length() - it.length()) + it);
            }
        }
        if (items.size() > 1) {
            Matcher head = HEAD_NOUN.matcher(items.get(items.size() - 1));
            if (head.find()) {
                for (int k = 0; k < items.size() - 1; k++) {
                    String it = items.get(k);
                    if (it.length() <= 4 && !HEAD_NOUN.matcher(it).find() && !finder.known(it)) {
                        items.set(k, it + head.group(1));
                    }
                }
            }
        }
        return items;
    }

    private Resolved resolve(String subject, Figure prev, String text, Quantity q, String clauseBefore) {
        int k = finder.suffix(subject);
        if (k >= 0) {
            // A level before the name is part of it: 国家级研发平台 is not 市级以上研发平台.
            Matcher level = LEVEL_BEFORE.matcher(subject.substring(0, k));
            // (Not "国家级、市级、区级各类项目": a list of levels qualifies the whole.)
            if (level.find() && (level.start(1) == 0 || subject.charAt(level.start(1) - 1) != '、')) k = level.start(1);
            // "每万人有效发明专利拥有量" is a rate, not the count the catalogue knows by the ending.
            String per = WORDS.endOf(subject.substring(0, k), "per-capita");
            if (per != null) k -= per.length();
            // "营业收入超亿元的科技型企业": a clause with 的 narrows the indicator to a part of it;
            // "每万人劳动力从事研发人员数量": a denominator further back makes it another indicator too.
            String before = subject.substring(0, k);
            if (before.strip().endsWith("的") || WORDS.in(before, "per-capita") != null) {
                String narrowed = phrase(subject);
                if (narrowed != null) return new Resolved(narrowed, subject.substring(0, Math.max(0, subject.lastIndexOf(narrowed))), false);
            }
            return new Resolved(subject.substring(k).strip(), subject.substring(0, k), false);
        }
        String lead = cleanLead(subject);
        if (prev != null && !lead.isEmpty()) {
            // "其中国家级21家" after "众创空间达到68家"; "规模达到1000亿元" after "产业创新基金超过8支"
            if (LEVEL_WORD.matcher(lead).matches()) {
                return new Resolved(lead + HEAD_LEVEL.matcher(prev.indicatorText()).replaceFirst(""), "", false);
            }
            String c = prev.indicatorText() + lead;
            if (finder.known(c)) return new Resolved(c, "", false);
            // "R&D经费支出总量为159.8亿元，占地区生产总值的比重为1.4%": the share of what was just given.
            if (lead.startsWith("占") && lead.length() > 2 && "%".equals(q.unit())) {
                String total = WORDS.endOf(prev.indicatorText(), "totals");
                String stem = total == null ? prev.indicatorText() : prev.indicatorText().substring(0, prev.indicatorText().length() - total.length());
                return new Resolved(stem + lead, "", false);
            }
        }
        String open = phrase(subject);
        if (open != null) {
            int at = subject.lastIndexOf(open);
            return new Resolved(open, at > 0 ? subject.substring(0, at) : "", false);
        }
        // The name after the number: "建设3家大学科技园", "3家企业列入天津市科技领军（培育）企业认定".
        int end = q.end();
        while (end < text.length() && BOUNDARY.indexOf(text.charAt(end)) < 0 && text.charAt(end) != '、') end++;
        String behind = text.substring(q.end(), end);
        String in = finder.inside(behind);
        if (in != null) return new Resolved(in, subject, true);
        String before = cleanLead(clauseBefore);
        boolean action = before.isEmpty() || WORDS.endOf(before, "actions") != null || WORDS.endOf(before, "verbs") != null;
        String name = phrase(behind.replaceFirst("^(以上|左右|的|个|家)", ""));
        if (action && name != null && name.length() <= 20) return new Resolved(name, subject, true);
        // Nothing named after it: the words before, verb and all ("省“尖兵”“领雁”立项7项").
        String verbal = phrase(subject, true);
        return verbal == null ? null : new Resolved(verbal, "", false);
    }

    /**
     * The indicator phrase of an open vocabulary: the words before the number less time phrases,
     * connectors, opening verbs (获得, 拥有 …) and what comes before a break word; null when what is
     * left is no name (too short, too long, no Chinese).
     */
    static String phrase(String subject) {
        return phrase(subject, false);
    }

    /** @param verbal whether the phrase may end in a verb (立项, 引进), when no name follows the number */
    private static String phrase(String subject, boolean verbal) {
        String t = cleanLead(subject);
        // What stands after the last break word ("…，带动高新技术企业…") is the phrase.
        for (String b : WORDS.words("breaks")) {
            int at = t.lastIndexOf(b);
            if (at >= 0 && at + b.length() < t.length()) t = t.substring(at + b.length());
        }
        t = cleanLead(t);
        // "全市建成国家级创新平台": the scope stays in the words before the phrase, the verb goes.
        String scope = Extraction.scopeOf(t);
        if (!scope.isEmpty() && WORDS.startOf(t.substring(scope.length()), "actions") != null) t = t.substring(scope.length());
        boolean changed = true;
        while (changed) {
            changed = false;
            if (t.startsWith("累计") && t.length() > 4) {
                t = t.substring(2);
                changed = true;
            }
            String a = WORDS.startOf(t, "actions");
            if (a != null && t.length() > a.length() + 1) {
                t = t.substring(a.length()).strip();
                changed = true;
            }
            String f = WORDS.endOf(t, "fillers");
            if (f != null && t.length() > f.length()) {
                t = t.substring(0, t.length() - f.length()).strip();
                changed = true;
            }
        }
        t = t.replaceFirst("的$", "").replaceFirst("^[“\"](.*)[”\"]$", "$1").strip();
        // A phrase that ends in a verb ("组织实施1个重大科技创新专项") names what follows the number.
        if (!verbal && (WORDS.endOf(t, "actions") != null || t.matches(".*[出了到至向]$"))) return null;
        if (WORDS.words("actions").contains(t) || WORDS.words("verbs").contains(t)) return null;
        // A verbal phrase names what was done ("…立项", "…引进"), not where a level moved ("…扩展至").
        if (verbal && WORDS.endOf(t, "actions") == null) return null;
        int han = 0;
        for (int i = 0; i < t.length(); i++) if (HAN.matcher(String.valueOf(t.charAt(i))).matches()) han++;
        if (han < 2 || t.length() > 40) return null;
        // A scope or the plan's name for itself alone ("全区", "园区") names no indicator.
        if (WORDS.pairs("scopes").containsKey(t) || WORDS.words("self").contains(t) || WORDS.endOf(t, "time-ends") != null) return null;
        return t;
    }

    /** The words with time phrases and connectors taken off their front. */
    private static String cleanLead(String s) {
        String t = s.strip();
        String prev;
        do {
            prev = t;
            t = TIME_LEAD.matcher(t).replaceFirst("");
            t = CONNECTOR.matcher(t).replaceFirst("");
        } while (!t.equals(prev));
        return t.strip();
    }

    /**
     * The last year of a five-year period that ended before the plan began ("十三五" in a 十四五 plan:
     * 2020), or null: "“十四五”期间，…" in a 十四五 plan speaks of the future, not of what was achieved.
     */
    private Integer pastPeriodEnd(String period) {
        int end = PlanMetadata.fiveYearStart(period) + 4;
        return end < plan.start() ? end : null;
    }

    private Timing timing(String text, int s, Quantity q, Integer targetYear, Integer asOf, Integer paraYear, Integer ownYear) {
        if (ownYear != null) return new Timing(ownYear < plan.start() ? Kind.BASELINE : Kind.TARGET, ownYear);
        int part = s;
        for (int k = q.start() - 1; k >= s; k--) {
            if (text.charAt(k) == '；' || text.charAt(k) == ';') {
                part = k + 1;
                break;
            }
        }
        Matcher m = TO_YEAR.matcher(text.substring(part, q.start()));
        Integer clauseTarget = null;
        while (m.find()) if (Integer.parseInt(m.group(1)) >= plan.start()) clauseTarget = Integer.parseInt(m.group(1));
        if (clauseTarget != null) return new Timing(Kind.TARGET, clauseTarget);
        if (targetYear != null && (asOf == null || text.substring(s, q.start()).lastIndexOf(String.valueOf(targetYear))
                >= text.substring(s, q.start()).lastIndexOf(String.valueOf(asOf)))) {
            return new Timing(Kind.TARGET, targetYear);
        }
        if (asOf != null) return new Timing(Kind.BASELINE, asOf);
        Integer past = null;
        m = PAST_YEAR.matcher(text.substring(part, q.start()));
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y < plan.start()) past = y;
        }
        if (past != null) return new Timing(Kind.BASELINE, past);
        if (paraYear != null) return new Timing(Kind.BASELINE, paraYear);
        if (targetYear != null) return new Timing(Kind.TARGET, targetYear);
        if (mode == Mode.BASELINE) return new Timing(Kind.BASELINE, plan.start() - 1);
        if (mode == Mode.TARGET || q.blank()) return new Timing(Kind.TARGET, plan.end());
        return null;
    }

    /**
     * @param seg    the words between the previous number (or the clause start) and this one
     * @param clause the whole clause before this number, for 累计 and increments said further back
     */
    static Parsed parse(String seg, String clause) {
        String t = CONNECTOR.matcher(seg).replaceFirst("").strip();
        Integer ownYear = null;
        Matcher y = OWN_YEAR.matcher(t);
        if (y.find() && !UNTIL_YEAR_END.matcher(t).find()) {
            ownYear = Integer.parseInt(y.group(1));
            t = t.substring(0, y.start()).strip();
        } else if (y.find(0)) {
            // "到2025年" right before the number: the year is the target year, no part of the name.
            t = UNTIL_END.matcher(t.substring(0, y.start())).replaceFirst("").strip();
        }
        String qualifier = "";
        boolean list = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            String v = WORDS.endOf(t, "verbs");
            if (v != null && !(v.length() == 1 && t.length() == 1)) {
                if (qualifier.isEmpty()) qualifier = v;
                list |= v.startsWith("分别");
                t = t.substring(0, t.length() - v.length()).strip();
                changed = true;
                continue;
            }
            String f = WORDS.endOf(t, "fillers");
            if (f != null) {
                list |= f.equals("分别");
                if (WORDS.words("striving").contains(f) && !qualifier.startsWith(f)) qualifier = f + qualifier;
                t = t.substring(0, t.length() - f.length()).strip();
                changed = true;
            }
        }
        boolean cumulative = clause.contains("累计") && flowWord(clause);
        Reason not = null;
        String growth = WORDS.endOf(t, "growth");
        if (growth != null && qualifier.isEmpty()) not = Reason.GROWTH;
        String bare = cleanLead(t);
        if (not == null && (WORDS.startOf(bare, "increments") != null || WORDS.endOf(t, "increments") != null)) {
            not = Reason.INCREMENT;
        }
        Matcher f = FROM.matcher(t);
        if (f.matches()) {
            return new Parsed(f.group(1).strip(), qualifier, list, not, true,
                    f.group(2) == null ? null : Integer.parseInt(f.group(2)), ownYear, cumulative);
        }
        return new Parsed(t, qualifier, list, not, false, null, ownYear, cumulative);
    }

    /** Whether a 累计 clause counts what happened over a span (申请, 引进 …) rather than a stock reached. */
    private static boolean flowWord(String clause) {
        return FLOW.matcher(clause).find();
    }

    private static String firstQualifier(String text) {
        int best = -1;
        String found = "";
        for (String w : WORDS.words("before-named")) {
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
