package plancheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import plancheck.model.Figure;
import plancheck.model.Num;
import plancheck.model.Source;

/**
 * Where rules report: the DRL global {@code sink}. Gives each finding its severity, drops rules the
 * user switched off, merges repeats (one rule, one figure, one message), and returns the findings
 * in a fixed order so that reports are byte-identical across runs.
 */
public final class FindingSink {
    private final RuleCatalogue catalogue;
    private final Settings settings;
    private final Map<String, Finding> findings = new LinkedHashMap<>();

    public FindingSink(RuleCatalogue catalogue, Settings settings) {
        this.catalogue = catalogue;
        this.settings = settings;
    }

    /** A finding about {@code at}; {@code args} fill the rule's message ({0}, {1} ...). */
    public void report(String ruleId, Figure at, Object... args) {
        add(ruleId, at, List.of(), args);
    }

    /** A finding about {@code at} that also involves {@code other} (the figure it disagrees with). */
    public void reportPair(String ruleId, Figure at, Figure other, Object... args) {
        add(ruleId, at, other == null ? List.of() : List.of(other.source()), args);
    }

    /** A finding about {@code at} that involves several other figures (the districts of a sum). */
    public void reportGroup(String ruleId, Figure at, List<?> others, Object... args) {
        List<Source> rel = new ArrayList<>();
        for (Object o : others) {
            if (o instanceof Figure f) rel.add(f.source());
            else if (o instanceof RegionValue v) rel.add(v.figure().source());
        }
        rel.sort(SOURCE_ORDER);
        add(ruleId, at, rel, args);
    }

    private void add(String ruleId, Figure at, List<Source> related, Object[] args) {
        RuleInfo rule = catalogue.get(ruleId).orElseGet(() -> RuleInfo.user(ruleId));
        Severity severity = settings.severityOf(rule);
        if (severity == Severity.OFF) return;
        List<String> text = new ArrayList<>(args.length);
        for (Object a : args) text.add(text(a));
        Finding f = new Finding(ruleId, severity, at.planId(), at.region(), at.indicator(), at.year(),
                at.source(), text, related);
        // Two matches giving one finding may name different related places; keeping the first in
        // source order, not the first fired, makes the result independent of the firing order.
        findings.merge(ruleId + '\u0000' + at.id() + '\u0000' + text, f, (a, b) -> RELATED_ORDER.compare(b, a) < 0 ? b : a);
    }

    private static String text(Object a) {
        if (a instanceof Double d) return Num.fmt(d);
        if (a instanceof Float d) return Num.fmt(d);
        return String.valueOf(a);
    }

    public static final Comparator<Source> SOURCE_ORDER = Comparator.comparing(Source::file)
            .thenComparingInt(Source::line).thenComparingInt(Source::column).thenComparing(Source::quote);

    private static final Comparator<Finding> RELATED_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.related().size(), b.related().size()); i++) {
            int c = SOURCE_ORDER.compare(a.related().get(i), b.related().get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.related().size(), b.related().size());
    };

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::source, SOURCE_ORDER)
            .thenComparing(Finding::ruleId).thenComparing(Finding::planId).thenComparing(Finding::region)
            .thenComparing(Finding::indicator)
            .thenComparingInt(f -> f.year() == null ? -1 : f.year())
            .thenComparing(f -> String.join("\u0000", f.args()))
            .thenComparing(RELATED_ORDER);

    public List<Finding> findings() {
        List<Finding> list = new ArrayList<>(findings.values());
        list.sort(ORDER);
        return list;
    }
}
