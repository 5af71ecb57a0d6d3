package plancheck.read.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import plancheck.model.IndicatorCatalogue;
import plancheck.read.Inputs;
import plancheck.read.document.Document;
import plancheck.read.document.DocumentPlanReader;
import plancheck.read.document.GivenPlan;

/**
 * Reads a plan document saved as plain text (*.txt; UTF-8, UTF-16 with BOM, or GB18030/GBK): its
 * lines become paragraphs, and the tables that text exports lay out (tabs, runs of spaces, `|`,
 * one cell per line) become tables, which the {@link PlanExtractor} reads as any format's.
 */
public final class TextPlanReader extends DocumentPlanReader {
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");

    /** With the catalogue on the class path (read when the first document is), and no metadata given. */
    public TextPlanReader() {
        this(IndicatorCatalogue::standard, f -> GivenPlan.NONE);
    }

    public TextPlanReader(IndicatorCatalogue catalogue) {
        this(() -> catalogue, f -> GivenPlan.NONE);
    }

    public TextPlanReader(Supplier<IndicatorCatalogue> catalogue, Function<Path, GivenPlan> given) {
        super(catalogue, given);
    }

    @Override
    public boolean accepts(Path file) {
        return Inputs.name(file).toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    @Override
    protected Document convert(Path file) throws NotReadable, IOException {
        String text;
        try {
            text = TextDecoder.decode(Files.readAllBytes(file));
        } catch (TextDecoder.NotText e) {
            throw new NotReadable(e.getMessage());
        }
        List<String> shown = withoutBookmarks(text);
        return TextLayout.of(shown.stream().map(TextPlanReader::numbersToAscii).toList(), shown);
    }

    /**
     * The lines with Word's bookmark tags ([bookmark: _Toc…]) blanked out without moving any
     * character, so that columns stay those of the file.
     */
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
    public static String numbersToAscii(String line) {
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
