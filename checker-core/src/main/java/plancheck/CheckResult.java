package plancheck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import plancheck.engine.DistrictTotal;
import plancheck.engine.Facts;
import plancheck.engine.Finding;
import plancheck.engine.RuleCatalogue;
import plancheck.engine.RuleInfo;
import plancheck.engine.Severity;
import plancheck.engine.WaivedFinding;
import plancheck.model.Figure;
import plancheck.model.Plan;
import plancheck.read.InputError;
import plancheck.read.PlanData;

/**
 * Everything one check produced: what was read (per file), the figures as the rules saw them, the
 * findings in report order, and the input problems. Findings a waiver covers are kept apart in
 * {@code waived}, so reports can count them instead of dropping them silently. The district totals
 * are the engine's, as {@code aggregate.city-total} matched them (the HTML report draws them).
 */
public record CheckResult(List<PlanData> inputs, List<Plan> plans, List<Figure> figures,
                          List<Finding> findings, List<InputError> errors, List<WaivedFinding> waived,
                          RuleCatalogue catalogue, List<DistrictTotal> districtTotals) {
    public CheckResult {
        inputs = List.copyOf(inputs);
        plans = List.copyOf(plans);
        figures = List.copyOf(figures);
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
        waived = List.copyOf(waived);
        districtTotals = List.copyOf(districtTotals);
    }

    /** A result whose district totals are grouped from its figures here, as the engine groups them. */
    public CheckResult(List<PlanData> inputs, List<Plan> plans, List<Figure> figures,
                       List<Finding> findings, List<InputError> errors, List<WaivedFinding> waived,
                       RuleCatalogue catalogue) {
        this(inputs, plans, figures, findings, errors, waived, catalogue, Facts.of(figures).districtTotals());
    }

    /** A result checked with the built-in rules only. */
    public CheckResult(List<PlanData> inputs, List<Plan> plans, List<Figure> figures,
                       List<Finding> findings, List<InputError> errors, List<WaivedFinding> waived) {
        this(inputs, plans, figures, findings, errors, waived, RuleCatalogue.standard());
    }

    public CheckResult(List<PlanData> inputs, List<Plan> plans, List<Figure> figures,
                       List<Finding> findings, List<InputError> errors) {
        this(inputs, plans, figures, findings, errors, List.of());
    }

    /**
     * Every rule the check ran, for reports that list rules (SARIF's driver, the HTML filters, JUnit's
     * passing cases): the catalogue's (with the user's rules), then any other id a finding names.
     */
    public List<String> ruleIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (RuleInfo r : catalogue.all()) ids.add(r.id());
        findings.stream().map(Finding::ruleId).sorted().forEach(ids::add);
        return List.copyOf(ids);
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /**
     * How many findings each rule gave at {@code threshold} or above, by rule id in alphabetical order
     * (the HTML summary, with {@code INFO} for all of them; the plugin's failure message).
     */
    public SortedMap<String, Integer> countByRule(Severity threshold) {
        SortedMap<String, Integer> counts = new TreeMap<>();
        for (Finding f : findings) {
            if (f.severity().atLeast(threshold)) counts.merge(f.ruleId(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * The plan ids that findings name but no input holds, in the order the findings first name them.
     * Should not happen, but such findings must not be lost: the HTML and JUnit reports list them apart.
     */
    public List<String> planIdsNotRead() {
        Set<String> read = new HashSet<>();
        for (Plan p : plans) read.add(p.planId());
        Set<String> notRead = new LinkedHashSet<>();
        for (Finding f : findings) {
            if (!read.contains(f.planId())) notRead.add(f.planId());
        }
        return new ArrayList<>(notRead);
    }

    /** Whether any finding is at least as serious as {@code threshold}. */
    public boolean failsAt(Severity threshold) {
        return threshold != Severity.OFF && findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }

    /**
     * The exit code of this check failing at {@code threshold}: 2 when an input could not be read
     * (whatever was found), 1 for a finding at or above it, else 0. The command line exits with it and
     * SARIF reports it.
     */
    public int exitCode(Severity threshold) {
        if (!errors.isEmpty()) return 2;
        return failsAt(threshold) ? 1 : 0;
    }

    public int rejected() {
        return inputs.stream().mapToInt(PlanData::rejected).sum();
    }

    public int unclassified() {
        return inputs.stream().mapToInt(d -> d.unclassified().size()).sum();
    }
}
