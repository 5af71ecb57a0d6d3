package plancheck.engine;

import java.util.Objects;

/**
 * A finding the user has accepted: the rule, region, indicator (catalogue key) and year it is
 * about, and why. A null year covers every year. {@code file} and {@code line} say where the waiver
 * was written, for the reports.
 */
public record Waiver(String ruleId, String region, String indicator, Integer year, String reason,
                     String file, int line) {
    public Waiver {
        Objects.requireNonNull(ruleId);
        Objects.requireNonNull(region);
        Objects.requireNonNull(indicator);
        reason = reason == null ? "" : reason;
        file = file == null ? "" : file;
    }

    public boolean covers(Finding f) {
        return ruleId.equals(f.ruleId()) && region.equals(f.region()) && indicator.equals(f.indicator())
                && (year == null || year.equals(f.year()));
    }
}
