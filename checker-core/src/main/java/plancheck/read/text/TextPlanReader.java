package plancheck.read.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import plancheck.model.Figure;
import plancheck.model.IndicatorCatalogue;
import plancheck.read.InputError;
import plancheck.read.PlanData;
import plancheck.read.PlanReader;
import plancheck.read.Unclassified;

/**
 * Reads a plan document saved as plain text (*.txt): its title gives the plan (region, level,
 * parent, period), its annex tables and its prose give the figures. Every number that is not part
 * of the text's structure (dates, list numbers …) and did not become a figure is kept as
 * unclassified, with the reason, so that a reviewer can see what was not read.
 */
public final class TextPlanReader implements PlanReader {
    /*
     * The three seed documents are 11-84 KB. The rules compare the figures of one plan pairwise, so
     * a document hundreds of times larger than any plan (measured: 16 MB gave 36,000 figures and a
     * 99 s check) would hold a pipeline for many minutes; it is refused with a reason instead.
     */
    static final long MAX_BYTES = 8L << 20;
    private final Supplier<IndicatorCatalogue> catalogue;

    /** With the catalogue on the class path (read when the first document is). */
    public TextPlanReader() {
        this(IndicatorCatalogue::standard);
    }

    public TextPlanReader(IndicatorCatalogue catalogue) {
        this(() -> catalogue);
    }

    private TextPlanReader(Supplier<IndicatorCatalogue> catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    @Override
    public PlanData read(Path file, String name) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return PlanData.failed(name, new InputError(name, 0, 0, "document of " + (size >> 20)
                        + " MB is larger than " + (MAX_BYTES >> 20) + " MB: a plan's text is well under 1 MB"
                        + " (several documents in one file?)"));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return PlanData.failed(name, new InputError(name, 0, 0, "cannot read: " + plancheck.read.Inputs.describe(e)));
        }
        String text;
        try {
            text = TextDecoder.decode(bytes);
        } catch (TextDecoder.NotText e) {
            return PlanData.failed(name, new InputError(name, 0, 0, e.getMessage()));
        }
        List<String> shown = withoutBookmarks(text);
        List<String> lines = shown.stream().map(TextPlanReader::numbersToAscii).toList();
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Optional<PlanMetadata> meta = PlanMetadata.detect(lines, stem);
        if (meta.isEmpty()) {
            return PlanData.failed(name, new InputError(name, 1, 0, "no title naming the plan's region and period"
                    + " (such as 天津市河北区科技创新三年行动计划（2020—2022年） or 津南区科技创新“十四五”规划)"));
        }
        try {
            return extract(name, meta.get(), lines, shown);
        } catch (RuntimeException e) {
            // A reader reports, it does not throw: the other files are still checked.
            return PlanData.failed(name, new InputError(name, 0, 0, "cannot read the document: " + e));
        }
    }

    private PlanData extract(String name, PlanMetadata plan, List<String> lines, List<String> shown) {
        Extraction out = new Extraction(name, plan);
        boolean[] inTable = TableExtractor.extract(lines, shown, out);
        SentenceExtractor prose = new SentenceExtractor(new IndicatorFinder(catalogue.get()), out);
        for (int i = 0; i < lines.size(); i++) {
            if (!inTable[i] && !lines.get(i).isBlank()) prose.line(i + 1, lines.get(i), shown.get(i));
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
        return new PlanData(name, List.of(plan.plan(name)), figures, List.of(), 0, unclassified);
    }

    /**
     * The lines with Word's bookmark tags ([bookmark: _Toc…]) blanked out without moving any
     * character, so that columns stay those of the file.
     */
    private static final java.util.regex.Pattern BOOKMARK = java.util.regex.Pattern.compile("\\[bookmark: [^\\]]*\\]");

    static List<String> withoutBookmarks(String text) {
        List<String> lines = new ArrayList<>();
        for (String s : text.split("\r\n|\r|\n", -1)) {
            var m = BOOKMARK.matcher(s);
            StringBuilder b = new StringBuilder(s);
            while (m.find()) for (int k = m.start(); k < m.end(); k++) b.setCharAt(k, ' ');
            lines.add(b.toString());
        }
        return lines;
    }

    /**
     * Full-width digits, letters and number signs (１２．５％, ５Ｇ) in ASCII, one character for one,
     * for matching; Chinese punctuation (，（）) stays.
     */
    static String numbersToAscii(String line) {
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean convert = (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')
                    || c == '％' || c == '．' || c == '＋' || c == '－';
            b.append(convert ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c);
        }
        return b.toString();
    }
}
