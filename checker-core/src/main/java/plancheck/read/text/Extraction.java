package plancheck.read.text;

import java.util.ArrayList;
import java.util.List;
import plancheck.model.Figure;
import plancheck.model.Kind;
import plancheck.model.Level;
import plancheck.model.Num;
import plancheck.model.Scopes;
import plancheck.model.Source;
import plancheck.read.RowParser.Label;
import plancheck.read.Unclassified;

/** What the extractors found in one document: figures of its plan, and the numbers they could not place. */
final class Extraction {
    private final String file;
    private final PlanMetadata plan;
    final List<Figure> figures = new ArrayList<>();
    final List<Unclassified> unclassified = new ArrayList<>();
    /** The plans of the sub-regions a breakdown table gives targets to, in the order first met. */
    final java.util.Map<String, PlanMetadata> subPlans = new java.util.LinkedHashMap<>();
    /** Added to the columns callers give: where the paragraph being read starts on its line, less one. */
    private int columnBase;

    Extraction(String file, PlanMetadata plan) {
        this.file = file;
        this.plan = plan;
    }

    /** Columns given from now on are offsets into a paragraph that starts at {@code base + 1}. */
    void columnBase(int base) {
        columnBase = base;
    }

    PlanMetadata plan() {
        return plan;
    }

    /**
     * Adds a figure. The indicator is split as the CSV reader splits a label (scope word and unit in
     * brackets come off); {@code scope} is used when the label itself has none.
     */
    Figure figure(String indicatorAsWritten, String scope, String unit, Kind kind, int year, Double value,
                  String qualifier, int line, int column, String quote) {
        return figure(plan, indicatorAsWritten, scope, unit, kind, year, value, qualifier, line, column, quote);
    }

    /**
     * The plan of a sub-region the document sets targets for (a city's breakdown table by district):
     * the document's period, the document's region as its parent, an id of its own, so that its
     * figures make their own series.
     */
    PlanMetadata subPlan(String region, Level level) {
        return subPlans.computeIfAbsent(region, r -> new PlanMetadata(plan.planId() + "/" + r, r, level, plan.region(),
                plan.start(), plan.end(), plan.title()));
    }

    Figure figure(PlanMetadata of, String indicatorAsWritten, String scope, String unit, Kind kind, int year, Double value,
                  String qualifier, int line, int column, String quote) {
        // Full-width brackets and letters as the CSV reader reads them, so that a document and the
        // CSV extracted from it give the same figures.
        Label label = Label.split(Num.toAscii(indicatorAsWritten));
        String sc = label.scope().isEmpty() ? scope : label.scope();
        String u = unit == null || unit.isEmpty() ? label.unit() : unit;
        Figure f = new Figure(0, of.planId(), of.region(), of.level(), of.parent(), label.indicator(),
                label.indicator(), false, false, null, u, sc, kind, year, value, null, qualifier,
                new Source(file, line, column + columnBase, quote.strip()));
        figures.add(f);
        return f;
    }

    /** Records a number left out, with why; {@code details} fill the reason's message. */
    void unclassified(String text, Unclassified.Reason reason, List<String> details, int line, int column, String quote) {
        unclassified.add(new Unclassified(text.strip(), reason, details, new Source(file, line, column + columnBase, quote.strip())));
    }

    void unclassified(String text, Unclassified.Reason reason, int line, int column, String quote) {
        unclassified(text, reason, List.of(), line, column, quote);
    }

    /** The scope word a text opens with (全区共有… gives 全区), or "". */
    static String scopeOf(String text) {
        return Scopes.prefixOf(text.strip());
    }
}
