package plancheck.read.office;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import plancheck.model.IndicatorCatalogue;
import plancheck.read.document.Document;
import plancheck.read.Inputs;
import plancheck.read.document.DocumentPlanReader;
import plancheck.read.document.GivenPlan;
import plancheck.read.document.Located;

/**
 * Reads plan documents as reviewers receive them: Word (.docx, .doc), PDF and web pages (.html,
 * .htm). The content decides the format, not the name: a .doc renamed .docx is read as the .doc it
 * is. The one {@code PlanExtractor} then reads the plan from the paragraphs and tables.
 */
public final class OfficePlanReader extends DocumentPlanReader {
    /** With the catalogue on the class path (read when the first document is), and no metadata given. */
    public OfficePlanReader() {
        this(IndicatorCatalogue::standard, f -> GivenPlan.NONE);
    }

    public OfficePlanReader(Supplier<IndicatorCatalogue> catalogue, Function<Path, GivenPlan> given) {
        super(catalogue, given);
    }

    @Override
    public boolean accepts(Path file) {
        return FileFormat.namedAsDocument(file);
    }

    @Override
    protected long maxBytes() {
        // Word and PDF files carry images and fonts besides the text: a long plan with figures is tens of MB.
        return 64L << 20;
    }

    @Override
    protected Document convert(Path file) throws NotReadable, IOException {
        return locate(file).document();
    }

    @Override
    protected Located locate(Path file) throws NotReadable, IOException {
        FileFormat format = FileFormat.of(file);
        return switch (format) {
            case DOCX -> Located.of(DocxConverter.read(file));
            case DOC -> Located.of(DocConverter.read(file));
            case PDF -> PdfConverter.read(file);
            case HTML -> HtmlConverter.read(file);
            case OTHER -> {
                if (Inputs.name(file).toLowerCase(java.util.Locale.ROOT).matches(".*\\.html?")) {
                    yield HtmlConverter.read(file);
                }
                throw new NotReadable("not a Word, PDF or HTML file: its content is none of these (empty, or another"
                        + " format saved under this name?)");
            }
        };
    }
}
