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

    /**
     * The standard readers, holding every quote in memory: for writing every figure out again
     * ({@code plancheck extract}), where reading each quote back from its file would be slow.
     */
    public static Readers holdingQuotes() {
        return holdingQuotes(f -> GivenPlan.NONE);
    }

    /** {@link #holdingQuotes()}, with what documents are where their titles do not say. */
    public static Readers holdingQuotes(Function<Path, GivenPlan> given) {
        return new Readers(List.of(new CsvPlanReader(false), new JsonPlanReader(false),
                new TextPlanReader(IndicatorCatalogue::standard, given),
                new plancheck.read.office.OfficePlanReader(IndicatorCatalogue::standard, given)));
    }

    /**
     * Reads now the quotes of {@code sources} that were left in their files (see {@link CsvPlanReader}, {@link JsonPlanReader}),
     * each file opened once: a source keeps its quote once read, so reports then find them in memory.
     */
    public static void readQuotes(Iterable<plancheck.model.Source> sources) {
        FileQuote.readAll(sources);
    }

    public Optional<PlanReader> forFile(Path file) {
        return readers.stream().filter(r -> r.accepts(file)).findFirst();
    }
}
