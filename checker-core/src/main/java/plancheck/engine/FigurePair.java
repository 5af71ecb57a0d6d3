package plancheck.engine;

import plancheck.model.Figure;

/**
 * Two figures a rule may compare, {@code first} the earlier (by year, or by load order within a year).
 * Series build the pairs their structure allows (neighbouring years, the same year twice …); whether a
 * pair is a finding is for the rule to say.
 */
public record FigurePair(Figure first, Figure second) {
    /** Cheap and consistent with equals (see {@link Figure#hashCode()}). */
    @Override
    public int hashCode() {
        return 31 * first.hashCode() + second.hashCode();
    }
}
