package plancheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SortedMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import plancheck.CheckResult;
import plancheck.engine.Finding;
import plancheck.engine.Severity;
import plancheck.model.Figure;
import plancheck.model.Kind;
import plancheck.model.Num;
import plancheck.model.Plan;
import plancheck.model.Source;
import plancheck.read.InputError;
import plancheck.read.PlanData;

/**
 * For editors: one self-contained page (no scripts, fonts or other files; a Content-Security-Policy
 * that forbids loading anything) with a summary, each plan's figures as a table with the cells a
 * finding touches marked, a line chart per indicator and the district targets against the city's.
 * Findings are filtered with checkboxes and CSS {@code :has()} alone, so the page needs no script;
 * a browser without {@code :has()} simply shows everything.
 *
 * <p>A check of more than {@link #DETAIL_LIMIT} figures (a corpus, not a document) gets a digest: only
 * the plans a finding concerns (its own, or a city target a district sum exceeds), their tables and charts cut to the indicators the findings touch, the
 * district bars with a finding, and the other plans as one row each. The page then grows with the
 * findings, not the figures (100 k figures in full: 56 MB of HTML that no browser opens comfortably).
 * The page is written out plan by plan, never held whole.
 */
public final class HtmlReport implements ReportWriter {
    /** The most figures shown in full; 20,000 is some fifty district plans, far more than one review reads. */
    public static final int DETAIL_LIMIT = 20_000;
    private final int detailLimit;

    public HtmlReport() {
        this(DETAIL_LIMIT);
    }

    /** A report that shows checks of up to {@code detailLimit} figures in full (tests use small limits). */
    HtmlReport(int detailLimit) {
        this.detailLimit = detailLimit;
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(CheckResult r, ReportOptions o, Writer out) throws IOException {
        new Page(r, o.messages().with(r.catalogue()), detailLimit, out).render();
    }

    private record PlanIndicator(String planId, String indicator) {
    }

    /** One rendering: the numbering of findings and rules is fixed by the result's order. */
    private static final class Page {
        private final CheckResult r;
        private final Messages m;
        private final Touches touches;
        private final List<String> ruleIds;
        private final StringBuilder b = new StringBuilder(64 * 1024);
        /** Grouped once, so that many plans do not mean many passes over all figures and findings. */
        private final Map<String, List<Figure>> figuresByPlan = new java.util.HashMap<>();
        private final Map<String, List<Integer>> findingsByPlan = new java.util.HashMap<>();
        /** In a digest: the plans with findings or with figures a finding touches, and every plan's number of figures. */
        private final Set<String> concerned = new java.util.HashSet<>();
        private final Map<String, int[]> figureCounts = new java.util.HashMap<>();
        /** The most figures shown in full, and whether this check has more. */
        private final int detailLimit;
        private final boolean digest;
        private final Writer out;

        Page(CheckResult r, Messages m, int detailLimit, Writer out) {
            this.r = r;
            this.m = m;
            this.detailLimit = detailLimit;
            this.digest = r.figures().size() > detailLimit;
            this.out = out;
            this.touches = new Touches(r, m);
            this.ruleIds = r.ruleIds();
            int n = 0;
            for (Finding f : r.findings()) findingsByPlan.computeIfAbsent(f.planId(), k -> new ArrayList<>()).add(++n);
            if (!digest) {
                for (Figure f : r.figures()) figuresByPlan.computeIfAbsent(f.planId(), k -> new ArrayList<>()).add(f);
                return;
            }
            // A digest keeps only the figures of the indicators a finding touches, plan by plan.
            Set<PlanIndicator> touched = new java.util.HashSet<>();
            for (Figure f : touches.touched()) {
                touched.add(new PlanIndicator(f.planId(), f.indicator()));
                concerned.add(f.planId());
            }
            concerned.addAll(findingsByPlan.keySet());
            for (Figure f : r.figures()) {
                figureCounts.computeIfAbsent(f.planId(), k -> new int[1])[0]++;
                if (touched.contains(new PlanIndicator(f.planId(), f.indicator()))) {
                    figuresByPlan.computeIfAbsent(f.planId(), k -> new ArrayList<>()).add(f);
                }
            }
        }

        void render() throws IOException {
            head();
            b.append("<body>\n<header><h1>").append(t("html.title")).append("</h1></header>\n<main>\n");
            summary();
            List<Plan> clean = new ArrayList<>();
            for (Plan p : r.plans()) {
                if (digest && !concerned.contains(p.planId())) clean.add(p);
                else plan(p);
                flush();
            }
            if (digest) cleanPlans(clean);
            Set<String> notRead = new java.util.HashSet<>(r.planIdsNotRead());
            List<Integer> others = new ArrayList<>();
            int n = 0;
            for (Finding f : r.findings()) {
                n++;
                if (notRead.contains(f.planId())) others.add(n);
            }
            if (!others.isEmpty()) {
                b.append("<section class=\"plan\" id=\"other\"><h2>").append(t("html.otherFindings")).append("</h2>\n");
                findingList(others);
                b.append("</section>\n");
            }
            districts();
            b.append("</main>\n</body>\n</html>\n");
            flush();
        }

        private void flush() throws IOException {
            out.append(b);
            b.setLength(0);
        }

        /** In a digest, the plans no finding concerns: a row each, so that none seems forgotten. */
        private void cleanPlans(List<Plan> clean) {
            if (clean.isEmpty()) return;
            b.append("<section id=\"clean-plans\"><h2>").append(t("html.cleanPlans")).append(" <small>")
                    .append(clean.size()).append("</small></h2>\n");
            scrollBox(m.text("html.cleanPlans"));
            b.append("<table class=\"docs\"><thead><tr>");
            colHeads("html.region", "html.plan", "html.period", "html.file", "#html.figures");
            b.append("</tr></thead><tbody>\n");
            for (Plan p : clean) {
                b.append("<tr><td>").append(named(p.region())).append("</td><td><code>").append(Html.esc(p.planId()))
                        .append("</code></td><td>").append(p.periodStart()).append('–').append(p.periodEnd())
                        .append("</td><td><code>").append(Html.esc(p.file())).append("</code></td><td class=\"num\">")
                        .append(figureCounts.getOrDefault(p.planId(), new int[1])[0]).append("</td></tr>\n");
            }
            b.append("</tbody></table></section>\n</section>\n");
        }

        private String t(String key) {
            return Html.esc(m.text(key));
        }

        /** A name as written in the plans (a region, a unit, a quote), marked when in the page's other language. */
        private String named(String text) {
            return Html.inLang(text, m.english());
        }

        /** Column headers from message keys; a key starting with # heads a column of numbers. */
        private void colHeads(String... keys) {
            for (String k : keys) {
                boolean num = k.startsWith("#");
                b.append("<th scope=\"col\"").append(num ? " class=\"num\"" : "").append('>')
                        .append(t(num ? k.substring(1) : k)).append("</th>");
            }
        }

        /**
         * Opens a box that scrolls sideways on its own when a table is wider than the screen (the page
         * itself never does); focusable and named, so that a keyboard can scroll it. Closed by
         * {@code </section>}.
         */
        private void scrollBox(String label) {
            b.append("<section class=\"scroll\" tabindex=\"0\" aria-label=\"").append(Html.esc(label)).append("\">");
        }

        private int ruleIndex(String id) {
            return ruleIds.indexOf(id);
        }

        private void head() {
            b.append("<!DOCTYPE html>\n<html lang=\"").append(m.english() ? "en" : "zh-CN").append("\">\n<head>\n")
                    .append("<meta charset=\"utf-8\">\n")
                    .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<title>").append(t("html.title")).append("</title>\n<style>\n").append(CSS);
            // Filters: an unticked box hides the findings and marks of its severity or rule.
            for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
                b.append("body:has(#show-").append(s.code()).append(":not(:checked)) .sev-").append(s.code())
                        .append(".finding,body:has(#show-").append(s.code()).append(":not(:checked)) .mark.sev-")
                        .append(s.code()).append("{display:none}\n");
            }
            for (int i = 0; i < ruleIds.size(); i++) {
                b.append("body:has(#show-r").append(i).append(":not(:checked)) .r").append(i).append("{display:none}\n");
            }
            b.append("</style>\n</head>\n");
        }

        private void summary() {
            b.append("<section id=\"summary\"><h2>").append(t("html.summary")).append("</h2>\n");
            // The same counts (and waived findings) as the text report.
            for (String line : TextReport.summary(r, m)) b.append("<p class=\"totals\">").append(Html.esc(line)).append("</p>\n");
            if (digest) {
                b.append("<p class=\"digest\">").append(Html.esc(m.format("html.digest", r.figures().size(), detailLimit)))
                        .append("</p>\n");
            }
            b.append("<div class=\"cols\">\n");
            scrollBox(m.text("html.documents"));
            b.append("<table class=\"docs\"><caption>").append(t("html.documents")).append("</caption><thead><tr>");
            colHeads("html.file", "#html.plans", "#html.figures", "#html.rejected");
            b.append("</tr></thead><tbody>\n");
            for (PlanData d : r.inputs()) {
                b.append("<tr><td><code>").append(Html.esc(d.file())).append("</code></td><td class=\"num\">")
                        .append(d.plans().size()).append("</td><td class=\"num\">").append(d.figures().size())
                        .append("</td><td class=\"num\">").append(d.rejected()).append("</td></tr>\n");
            }
            b.append("</tbody></table></section>\n");
            b.append("<div class=\"filters\"><table><caption>").append(t("html.bySeverity"))
                    .append("</caption><tbody>\n");
            for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
                b.append("<tr><td><label><input type=\"checkbox\" id=\"show-").append(s.code()).append("\" checked> ")
                        .append("<span class=\"badge sev-").append(s.code()).append("\">").append(t("severity." + s.code()))
                        .append("</span></label></td><td class=\"num\">").append(r.count(s)).append("</td></tr>\n");
            }
            b.append("</tbody></table>\n<table><caption>").append(t("html.byRule")).append("</caption><tbody>\n");
            Map<String, Integer> byRule = r.countByRule(Severity.INFO);
            for (int i = 0; i < ruleIds.size(); i++) {
                String id = ruleIds.get(i);
                int count = byRule.getOrDefault(id, 0);
                b.append("<tr").append(count == 0 ? " class=\"none\"" : "").append("><td><label><input type=\"checkbox\" id=\"show-r")
                        .append(i).append("\" checked> <code").append(Html.langAttr(id, m.english())).append('>')
                        .append(Html.esc(id)).append("</code> ").append(named(m.ruleName(id)))
                        .append("</label></td><td class=\"num\">").append(count)
                        .append("</td></tr>\n");
            }
            b.append("</tbody></table>\n<p class=\"hint\">").append(t("html.filterHint")).append("</p></div>\n</div>\n");
            if (!r.errors().isEmpty()) {
                b.append("<h3>").append(t("html.inputErrors")).append("</h3>\n<ul class=\"input-errors\">\n");
                for (InputError e : r.errors()) b.append("<li><code>").append(Html.esc(e.toString())).append("</code></li>\n");
                b.append("</ul>\n");
            }
            b.append("</section>\n");
        }

        private void plan(Plan p) {
            List<Figure> figs = figuresByPlan.getOrDefault(p.planId(), List.of());
            b.append("<section class=\"plan\" id=\"plan-").append(Html.esc(p.planId())).append("\"><h2>")
                    .append(named(p.region())).append(" <small><code>").append(Html.esc(p.planId()))
                    .append("</code> · ").append(t("html.period")).append(' ').append(p.periodStart()).append('–')
                    .append(p.periodEnd()).append(" · <code>").append(Html.esc(p.file())).append("</code></small></h2>\n");
            if (!p.title().isEmpty()) b.append("<p class=\"title\">").append(named(p.title())).append("</p>\n");
            List<Integer> findings = findingsByPlan.getOrDefault(p.planId(), List.of());
            b.append("<div class=\"plan-body\">\n");
            scrollBox(m.text("html.figures") + ": " + p.region() + " " + p.planId());
            table(figs);
            b.append("</section>\n<div class=\"plan-findings\">");
            if (findings.isEmpty()) b.append("<p class=\"ok\">").append(t("report.noFindings")).append("</p>");
            else findingList(findings);
            b.append("</div>\n</div>\n");
            charts(p, figs);
            b.append("</section>\n");
        }

        /** Rows are indicator and kind (in the order first stated), columns the years. */
        private void table(List<Figure> figs) {
            if (figs.isEmpty()) {
                b.append("<p>").append(t("html.noFigures")).append("</p>");
                return;
            }
            TreeSet<Integer> years = new TreeSet<>();
            Map<String, List<Figure>> rows = new LinkedHashMap<>();
            for (Figure f : figs) {
                years.add(f.year());
                rows.computeIfAbsent(f.indicator() + '\u0000' + f.kind(), k -> new ArrayList<>()).add(f);
            }
            b.append("<table class=\"figures\"><thead><tr>");
            colHeads("html.indicator", "html.unit", "html.kind");
            for (int y : years) b.append("<th scope=\"col\" class=\"num\">").append(y).append("</th>");
            b.append("</tr></thead><tbody>\n");
            for (List<Figure> row : rows.values()) {
                Figure first = row.get(0);
                // The scope words as written (全市, 区内 ...): what a scope.label finding is about.
                String scopes = row.stream().map(Figure::scope).filter(sc -> !sc.isEmpty()).distinct()
                        .collect(java.util.stream.Collectors.joining(" · "));
                b.append("<tr><th scope=\"row\">").append(named(m.indicatorName(first.indicator())));
                if (!scopes.isEmpty()) {
                    b.append(" <small class=\"scope\"").append(Html.langAttr(scopes, m.english())).append('>')
                            .append(Html.esc(scopes)).append("</small>");
                }
                b.append("</th><td>").append(named(first.unit())).append("</td><td>").append(t("html.kind." + first.kind().code()))
                        .append("</td>");
                for (int y : years) cell(row.stream().filter(f -> f.year() == y).toList());
                b.append("</tr>\n");
            }
            b.append("</tbody></table>");
        }

        private void cell(List<Figure> figs) {
            if (figs.isEmpty()) {
                b.append("<td></td>");
                return;
            }
            SortedMap<Integer, Touches.Touch> hits = touches.of(figs);
            Severity worst = Touches.worst(hits.values());
            b.append("<td class=\"num");
            if (worst != null) b.append(" hit hit-").append(worst.code());
            b.append('"');
            if (!hits.isEmpty()) b.append(" title=\"").append(Html.esc(touches.tips(hits.values()))).append('"');
            b.append('>');
            List<String> shown = new ArrayList<>();
            for (Figure f : figs) {
                String v = f.value() == null ? "<span class=\"blank\">" + t("html.blank") + "</span>" : Num.fmt(f.value());
                if (!shown.contains(v)) shown.add(v);
            }
            b.append(String.join(" / ", shown));
            for (Touches.Touch tch : hits.values()) mark(tch, !tch.primary());
            b.append("</td>");
        }

        /** A finding's numbered mark beside a value, linking to the finding in the list. */
        private void mark(Touches.Touch tch, boolean related) {
            Finding f = tch.finding();
            b.append(" <a class=\"mark sev-").append(f.severity().code()).append(" r").append(ruleIndex(f.ruleId()))
                    .append(related ? " related" : "").append("\" href=\"#f").append(tch.number()).append("\">")
                    .append(tch.number()).append("</a>");
        }

        private void findingList(List<Integer> numbers) {
            b.append("<ol class=\"findings\">\n");
            for (int n : numbers) {
                Finding f = r.findings().get(n - 1);
                String sev = f.severity().code();
                b.append("<li id=\"f").append(n).append("\" class=\"finding sev-").append(sev).append(" r")
                        .append(ruleIndex(f.ruleId())).append("\" data-rule=\"").append(Html.esc(f.ruleId()))
                        .append("\"><span class=\"num-badge\">").append(n).append("</span> <span class=\"badge sev-")
                        .append(sev).append("\">").append(t("severity." + sev)).append("</span> <code class=\"rule\"")
                        .append(Html.langAttr(f.ruleId(), m.english())).append('>')
                        .append(Html.esc(f.ruleId())).append("</code> <span class=\"msg\">").append(Html.esc(touches.message(n)))
                        .append("</span><div class=\"where\">").append(named(m.indicatorName(f.indicator())));
                if (f.year() != null) b.append(", ").append(f.year());
                b.append(" — <code>").append(Html.esc(m.place(f.source()))).append("</code></div>");
                quote(f.source());
                if (!f.related().isEmpty()) {
                    b.append("<div class=\"related\">").append(t("html.related")).append(":</div>");
                    for (Source s : f.related()) {
                        b.append("<div class=\"where\"><code>").append(Html.esc(m.place(s))).append("</code></div>");
                        quote(s);
                    }
                }
                b.append("</li>\n");
            }
            b.append("</ol>");
        }

        private void quote(Source s) {
            if (!s.quote().isEmpty()) {
                b.append("<blockquote").append(Html.langAttr(s.quote(), m.english())).append('>').append(Html.esc(s.quote()))
                        .append("</blockquote>");
            }
        }

        private void charts(Plan p, List<Figure> figs) {
            Map<String, List<Figure>> series = new LinkedHashMap<>();
            for (Figure f : figs) {
                if (f.kind() != Kind.SHARE) series.computeIfAbsent(f.indicator(), k -> new ArrayList<>()).add(f);
            }
            List<String> svgs = new ArrayList<>();
            for (Map.Entry<String, List<Figure>> e : series.entrySet()) {
                if (!LineChart.worthDrawing(e.getValue())) continue;
                String name = m.indicatorName(e.getKey());
                String unit = e.getValue().get(0).unit();
                svgs.add("<figure class=\"chart-box\">" + LineChart.svg(p.planId(), e.getKey(),
                        name + (unit.isEmpty() ? "" : " (" + unit + ")"), e.getValue(), touches, m)
                        + "<figcaption>" + named(name) + (unit.isEmpty() ? "" : " <small>(" + named(unit) + ")</small>")
                        + "</figcaption></figure>");
            }
            if (svgs.isEmpty()) return;
            b.append("<h3>").append(t("html.charts")).append("</h3>\n<p class=\"hint\">").append(t("html.chartLegend"))
                    .append("</p>\n<div class=\"charts\">\n");
            for (String s : svgs) b.append(s).append('\n');
            b.append("</div>\n");
        }

        private boolean touched(DistrictBars.Bar bar) {
            if (!touches.of(bar.city()).isEmpty()) return true;
            for (DistrictBars.Part part : bar.parts()) if (!touches.of(part.figure()).isEmpty()) return true;
            return false;
        }

        private void districts() {
            List<DistrictBars.Bar> bars = digest
                    ? DistrictBars.bars(r.districtTotals(), DistrictBars.keysOf(touches.touched())).stream().filter(this::touched).toList()
                    : DistrictBars.bars(r.districtTotals());
            if (bars.isEmpty()) return;
            b.append("<section id=\"districts\"><h2>").append(t("html.districts")).append("</h2>\n<p class=\"hint\">")
                    .append(t("html.districtsNote")).append("</p>\n");
            scrollBox(m.text("html.districts"));
            b.append("<table class=\"bars\"><thead><tr>");
            colHeads("html.indicator", "#html.cityTarget", "html.shares", "#html.sum");
            b.append("</tr></thead><tbody>\n");
            for (DistrictBars.Bar bar : bars) {
                Figure c = bar.city();
                double pct = bar.percent();
                b.append("<tr").append(pct > 100 ? " class=\"over\"" : "").append("><th scope=\"row\">")
                        .append(Html.esc(m.indicatorName(c.indicator()))).append(" <small>").append(c.year())
                        .append("</small></th><td class=\"num\">").append(named(c.region())).append(' ')
                        .append(Num.fmt(c.value())).append(named(c.unit()));
                for (Touches.Touch tch : touches.of(c)) mark(tch, false);
                b.append("</td><td>").append(DistrictBars.svg(bar, barLabel(bar))).append("<div class=\"legend\">");
                for (DistrictBars.Part part : bar.parts()) {
                    b.append("<span").append(Html.langAttr(part.region(), m.english())).append('>')
                            .append(Html.esc(part.region())).append(' ').append(Num.fmt(part.figure().value()))
                            .append(" (").append(Num.fmt1(part.figure().value() / c.value() * 100)).append("%)</span> ");
                }
                if (pct < 100) {
                    b.append("<span class=\"headroom\">").append(t("html.headroom")).append(' ')
                            .append(Num.fmt1(100 - pct)).append("%</span>");
                }
                b.append("</div></td><td class=\"num pct\">").append(Num.fmt(bar.sum())).append(" (")
                        .append(Num.fmt1(pct)).append("%)</td></tr>\n");
            }
            b.append("</tbody></table></section>\n</section>\n");
        }

        /** What a bar shows, for those who cannot see it: the districts' sum as a share of the city's target. */
        private String barLabel(DistrictBars.Bar bar) {
            Figure c = bar.city();
            return m.format("html.barLabel", m.indicatorName(c.indicator()), String.valueOf(c.year()), c.region(),
                    Num.fmt(bar.sum()), Num.fmt(c.value()), c.unit(), Num.fmt1(bar.percent()));
        }
    }

    private static final String CSS = """
            :root{--error:#c62828;--warning:#b34700;--info:#1565c0;--ink:#263238;--muted:#546e7a;--line:#cfd8dc}
            *{box-sizing:border-box}
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Zen Hei","WenQuanYi Micro Hei",sans-serif;color:var(--ink);margin:0 auto;padding:0 24px 48px;max-width:1280px;line-height:1.45;font-size:14px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
            header h1{margin:16px 0 4px;font-size:22px}
            h2{font-size:18px;border-bottom:2px solid var(--line);padding-bottom:4px;margin-top:32px}
            h2 small{font-weight:normal;color:var(--muted);font-size:13px}
            h3{font-size:15px;margin:18px 0 6px}
            code{font-family:ui-monospace,"SFMono-Regular",Consolas,"Liberation Mono",monospace;font-size:12px;overflow-wrap:anywhere}
            table{border-collapse:collapse;margin:6px 0}
            caption{text-align:left;font-weight:600;padding:4px 0}
            th,td{border:1px solid var(--line);padding:3px 8px;text-align:left;vertical-align:top}
            thead th{background:#eceff1}
            td.num,th.num{text-align:right;white-space:nowrap}
            .cols{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}.cols>*{min-width:0;max-width:100%}
            .scroll{overflow-x:auto;max-width:100%}
            .scroll:focus-visible{outline:2px solid var(--info);outline-offset:2px}
            table.figures th,table.figures td,table.docs th,table.docs td,table.bars td.num{white-space:nowrap}
            table.docs code{overflow-wrap:normal}
            .filters table td{border:none;padding:1px 8px 1px 0}
            .filters tr.none{color:var(--muted)}
            .totals{font-size:15px;font-weight:600}
            .hint{color:var(--muted);font-size:12px;margin:4px 0}
            .badge{display:inline-block;border-radius:3px;padding:0 6px;color:#fff;font-size:12px;font-weight:600}
            .badge.sev-error{background:var(--error)}.badge.sev-warning{background:var(--warning)}.badge.sev-info{background:var(--info)}
            .plan-body{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:20px;align-items:start}
            table.figures th[scope=row]{font-weight:normal}
            table.figures th[scope=row],table.bars th[scope=row]{white-space:normal;min-width:8em;max-width:16em}
            table.figures th[scope=row]{position:sticky;left:0;background:#fff}
            small.scope{color:var(--muted);white-space:nowrap}
            td.hit-error{background:#ffebee;outline:2px solid var(--error);outline-offset:-2px}
            td.hit-warning{background:#fff3e0;outline:2px solid var(--warning);outline-offset:-2px}
            td.hit-info{background:#e3f2fd;outline:2px solid var(--info);outline-offset:-2px}
            .blank{color:var(--error);font-style:italic}
            a.mark{display:inline-block;min-width:16px;border-radius:8px;padding:0 4px;font-size:11px;line-height:16px;text-align:center;color:#fff;text-decoration:none;position:relative;top:-.45em}
            a.mark.sev-error{background:var(--error)}a.mark.sev-warning{background:var(--warning)}a.mark.sev-info{background:var(--info)}
            a.mark.related{background:#fff;box-shadow:inset 0 0 0 1.5px currentColor}
            a.mark.related.sev-error{color:var(--error)}a.mark.related.sev-warning{color:var(--warning)}a.mark.related.sev-info{color:var(--info)}
            ol.findings{list-style:none;padding:0;margin:6px 0}
            li.finding{border-left:4px solid var(--line);padding:4px 8px;margin:0 0 8px;background:#fafafa;break-inside:avoid}
            li.finding.sev-error{border-color:var(--error)}li.finding.sev-warning{border-color:var(--warning)}li.finding.sev-info{border-color:var(--info)}
            li.finding:target{background:#fffde7}
            .num-badge{font-weight:700}
            .where{color:var(--muted);font-size:12px}
            .related{font-size:12px;margin-top:4px}
            blockquote{margin:2px 0 2px 8px;padding:2px 8px;border-left:2px solid var(--line);font-size:13px;color:#37474f;white-space:pre-wrap}
            .ok{color:#2e7d32}
            .digest{background:#fffde7;border-left:4px solid #fbc02d;padding:4px 8px}
            .charts{display:flex;flex-wrap:wrap;gap:12px}
            figure.chart-box{margin:0;border:1px solid var(--line);border-radius:4px;padding:4px;break-inside:avoid}
            figure.chart-box figcaption{font-size:12px;text-align:center}
            svg.chart{max-width:100%;height:auto}
            svg text{font-size:10px;fill:#37474f}
            svg text.val{font-size:10px}
            table.bars td{vertical-align:middle}
            table.bars svg.bar{display:block;width:100%;min-width:160px;height:22px}
            table.bars .legend{font-size:11px;color:var(--muted)}
            tr.over td.pct{color:var(--error);font-weight:700}
            @media (max-width:900px){.plan-body{grid-template-columns:1fr}}
            @media (max-width:600px){body{padding:0 12px 32px}header h1{font-size:19px}}
            @media print{body{max-width:none;padding:0;font-size:11px}.filters input,.hint{display:none}.plan-body{grid-template-columns:1fr}section.plan{break-before:page}a.mark:not(.related){color:#fff}}
            """;
}
