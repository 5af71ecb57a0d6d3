package plancheck.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import plancheck.model.IndicatorCatalogue;
import plancheck.read.document.GivenPlan;
import plancheck.read.text.TextPlanReader;

/** The readers plancheck knows, chosen by file name. */
public final class Readers {
    private final List<PlanReader> readers;

    public Readers(List<PlanReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** What {@code check} names when a file is none of these. */
    public static final String KNOWN = "*.csv, *.json, *.txt, *.docx, *.doc, *.pdf, *.html and *.htm";

    /** CSV, JSON, plain-text, Word, PDF and HTML plan documents. */
    public static Readers standard() {
        return standard(f -> GivenPlan.NONE);
    }

    /** The standard readers; {@code given} says what a document is where its title does not. */
    public static Readers standard(Function<Path, GivenPlan> given) {
        return new Readers(List.of(new CsvPlanReader(), new JsonPlanReader(),
                new TextPlanReader(IndicatorCatalogue::standard, given),
                new plancheck.read.office.OfficePlanReader(IndicatorCatalogue::standard, given)));
    }

    public Optional<PlanReader> forFile(Path file) {
        return readers.stream().filter(r -> r.accepts(file)).findFirst();
    }
}
