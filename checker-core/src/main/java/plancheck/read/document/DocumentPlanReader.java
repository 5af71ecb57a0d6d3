package plancheck.read.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import plancheck.model.IndicatorCatalogue;
import plancheck.read.InputError;
import plancheck.read.Inputs;
import plancheck.read.PlanData;
import plancheck.read.PlanReader;
import plancheck.read.text.PlanExtractor;

/**
 * A reader of one document format: it turns the file into a {@link Document} (its paragraphs and
 * tables), and the one {@link PlanExtractor} reads the plan and its figures from that, so that
 * every format understands the same phrasings.
 */
public abstract class DocumentPlanReader implements PlanReader {
    /*
     * A plan's text is well under 1 MB; the rules compare one plan's figures pairwise, so a document
     * hundreds of times larger would hold a pipeline for minutes: it is refused with a reason.
     */
    protected static final long MAX_BYTES = 8L << 20;

    private final Supplier<IndicatorCatalogue> catalogue;
    private final Function<Path, GivenPlan> given;

    protected DocumentPlanReader(Supplier<IndicatorCatalogue> catalogue, Function<Path, GivenPlan> given) {
        this.catalogue = catalogue;
        this.given = given;
    }

    /** Why a file cannot be read as a document of this format, in one line; {@code line} 0 when none applies. */
    public static final class NotReadable extends Exception {
        private final int line;

        public NotReadable(String message, int line) {
            super(message, null, false, false);
            this.line = line;
        }

        public NotReadable(String message) {
            this(message, 0);
        }

        public int line() {
            return line;
        }
    }

    /** The largest file this format reads, in bytes. */
    protected long maxBytes() {
        return MAX_BYTES;
    }

    /** The document's paragraphs and tables; a file that is not of this format, or broken, is a {@link NotReadable}. */
    protected abstract Document convert(Path file) throws NotReadable, IOException;

    /**
     * The document with where its paragraphs' pieces stand: formats whose paragraphs run over
     * several printed or source lines say so here (by default each paragraph is one piece).
     */
    protected Located locate(Path file) throws NotReadable, IOException {
        return Located.of(convert(file));
    }

    @Override
    public PlanData read(Path file, String name) {
        Located doc;
        try {
            long size = Files.size(file);
            if (size > maxBytes()) {
                return PlanData.failed(name, new InputError(name, 0, 0, "document of " + (size >> 20)
                        + " MB is larger than " + (maxBytes() >> 20) + " MB: a plan's text is well under 1 MB"
                        + " (several documents in one file?)"));
            }
            doc = locate(file);
        } catch (NotReadable e) {
            return PlanData.failed(name, new InputError(name, e.line(), 0, e.getMessage()));
        } catch (IOException e) {
            return PlanData.failed(name, new InputError(name, 0, 0, "cannot read: " + Inputs.describe(e)));
        }
        String stem = Inputs.name(file).replaceFirst("\\.[^.]*$", "");
        GivenPlan g = given.apply(file);
        try {
            PlanData data = doc.relocate(new PlanExtractor(catalogue.get()).extract(name, stem, doc.document(), g));
            return g.problem() == null ? data : withError(data, g.problem());
        } catch (RuntimeException e) {
            // A reader reports, it does not throw: the other files are still checked.
            return PlanData.failed(name, new InputError(name, 0, 0, "cannot read the document: " + e));
        }
    }

    /** The document's reading with {@code first} (the settings it should have been given by) before its own errors. */
    private static PlanData withError(PlanData data, InputError first) {
        List<InputError> errors = new ArrayList<>();
        errors.add(first);
        errors.addAll(data.errors());
        return new PlanData(data.file(), data.plans(), data.figures(), errors, data.rejected(), data.unclassified());
    }
}
