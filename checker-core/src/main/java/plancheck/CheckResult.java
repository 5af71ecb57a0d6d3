package plancheck;

import java.util.List;
import plancheck.engine.Finding;
import plancheck.engine.Severity;
import plancheck.engine.WaivedFinding;
import plancheck.model.Figure;
import plancheck.model.Plan;
import plancheck.read.InputError;
import plancheck.read.PlanData;

/**
 * Everything one check produced: what was read (per file), the figures as the rules saw them, the
 * findings in report order, and the input problems. Findings a waiver covers are kept apart in
 * {@code waived}, so reports can count them instead of dropping them silently.
 */
public record CheckResult(List<PlanData> inputs, List<Plan> plans, List<Figure> figures,
                          List<Finding> findings, List<InputError> errors, List<WaivedFinding> waived) {
    public CheckResult {
        inputs = List.copyOf(inputs);
        plans = List.copyOf(plans);
        figures = List.copyOf(figures);
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
        waived = List.copyOf(waived);
    }

    public CheckResult(List<PlanData> inputs, List<Plan> plans, List<Figure> figures,
                       List<Finding> findings, List<InputError> errors) {
        this(inputs, plans, figures, findings, errors, List.of());
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** Whether any finding is at least as serious as {@code threshold}. */
    public boolean failsAt(Severity threshold) {
        return threshold != Severity.OFF && findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }

    public int rejected() {
        return inputs.stream().mapToInt(PlanData::rejected).sum();
    }

    public int unclassified() {
        return inputs.stream().mapToInt(d -> d.unclassified().size()).sum();
    }
}
