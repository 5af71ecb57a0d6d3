package plancheck.read.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import plancheck.model.Figure;
import plancheck.model.IndicatorCatalogue;
import plancheck.read.InputError;
import plancheck.read.PlanData;
import plancheck.read.Unclassified;
import plancheck.read.document.Document;
import plancheck.read.document.Document.Block;
import plancheck.read.document.Document.Paragraph;
import plancheck.read.document.Document.Table;
import plancheck.read.document.GivenPlan;

/**
 * Reads a plan and its figures from a document's blocks, whatever format they came from: the
 * title (or what the user gave) names the plan, tables and sentences give the figures. Every number
 * that is not part of the text's structure (dates, list numbers …) and did not become a figure is
 * kept as unclassified, with the reason, so that a reviewer can see what was not read.
 */
public final class PlanExtractor {
    private final IndicatorCatalogue catalogue;

    public PlanExtractor(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @param name     the file as reports name it
     * @param fileStem the file name without extension, for the plan id of a region without a known one
     * @param given    what the user says the document is (wins over the title), or {@link GivenPlan#NONE}
     */
    public PlanData extract(String name, String fileStem, Document doc, GivenPlan given) {
        List<String> paragraphs = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) paragraphs.add(TextPlanReader.numbersToAscii(p.text()));
        }
        Optional<PlanMetadata> meta = PlanMetadata.resolve(paragraphs, fileStem, given == null ? GivenPlan.NONE : given);
        if (meta.isEmpty()) {
            int line = doc.blocks().isEmpty() ? 0 : place(doc.blocks().get(0));
            return PlanData.failed(name, new InputError(name, line, 0, PlanMetadata.missing(paragraphs, given)));
        }
        Extraction out = new Extraction(name, meta.get());
        SentenceExtractor prose = new SentenceExtractor(new IndicatorFinder(catalogue), out);
        String caption = "";
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                String shown = p.text();
                if (shown.isBlank()) continue;
                prose.line(p.place().line(), p.place().column() - 1, TextPlanReader.numbersToAscii(shown), shown);
                caption = shown.strip();
            } else if (b instanceof Table t) {
                out.columnBase(0);
                TableReader.read(t, caption, out);
                caption = "";
            }
        }
        // In the order of the document, as a hand-made CSV of it lists them: rules that report the
        // later of two figures then point at the same place whichever way the plan was read.
        Comparator<Figure> byPlace = Comparator.comparingInt((Figure f) -> f.source().line())
                .thenComparingInt(f -> f.source().column());
        List<Figure> figures = new ArrayList<>(out.figures);
        figures.sort(byPlace);
        List<Unclassified> unclassified = new ArrayList<>(out.unclassified);
        unclassified.sort(Comparator.comparingInt((Unclassified u) -> u.source().line())
                .thenComparingInt(u -> u.source().column()));
        List<plancheck.model.Plan> plans = new ArrayList<>();
        plans.add(meta.get().plan(name));
        for (PlanMetadata sub : out.subPlans.values()) plans.add(sub.plan(name));
        return new PlanData(name, plans, figures, List.of(), 0, unclassified);
    }

    private static int place(Block b) {
        return b instanceof Paragraph p ? p.place().line() : ((Table) b).place().line();
    }
}
