package plancheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The labels stand where they say: each gold figure's quote is on its line, each number that is not
 * a figure too, and each planted finding is at the line of a labelled figure; in the corpus and in
 * the seeds. Guards the corpus
 * against a document edited without its labels (corpus/build.py regenerates both).
 */
class CorpusLabelsTest {
    private static final Path CORPUS = Path.of("corpus");

    @Test
    void everyLabelIsOnItsLine() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> folders = Files.list(CORPUS)) {
            for (Path folder : folders.filter(p -> Files.exists(p.resolve("gold.csv"))).sorted().toList()) {
                wrong.addAll(misplaced(folder));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everySeedLabelIsOnItsLine() throws IOException {
        Path seeds = Path.of("seeds");
        List<Labels.Gold> gold = new ArrayList<>();
        try (Stream<Path> csvs = Files.list(seeds.resolve("data"))) {
            for (Path csv : csvs.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                gold.addAll(Labels.figures(csv));
            }
        }
        List<Labels.Planted> planted = Labels.findings(seeds.resolve("data").resolve("expected-findings.txt"));
        assertEquals(List.of(), wrongPlaces(seeds.resolve("documents"), gold, planted));
    }

    private static List<String> misplaced(Path folder) throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Labels.Gold> gold = Labels.figures(folder.resolve("gold.csv"));
        wrong.addAll(wrongPlaces(folder, gold, Labels.findings(folder.resolve("findings.txt"))));
        Path tsv = folder.resolve("not-figures.tsv");
        String only = onlyDocument(folder);
        for (String row : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (row.isBlank()) continue;
            String[] cells = row.split("\t");
            // "line" in a folder of one document, "file:line" in a folder of several.
            int colon = cells[0].lastIndexOf(':');
            String doc = colon < 0 ? only : cells[0].substring(0, colon);
            int number = Integer.parseInt(cells[0].substring(colon + 1));
            if (doc == null || !line(folder.resolve(doc), number).contains(cells[1])) wrong.add(tsv + ": " + row);
        }
        return wrong;
    }

    /** Gold quotes not on their lines in {@code folder}'s documents, and findings at no labelled figure. */
    private static List<String> wrongPlaces(Path folder, List<Labels.Gold> gold, List<Labels.Planted> planted)
            throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Labels.Gold g : gold) {
            if (!line(folder.resolve(g.file()), g.line()).contains(g.quote())) wrong.add(folder + ": " + g.show());
        }
        for (Labels.Planted p : planted) {
            if (gold.stream().noneMatch(g -> g.file().equals(p.file()) && g.line() == p.line())) {
                wrong.add(folder + ": finding at a line without a labelled figure: " + p.show());
            }
        }
        return wrong;
    }

    /** The folder's one document, which a bare line of not-figures.tsv speaks of; null when it holds several. */
    private static String onlyDocument(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> docs = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt") && !n.equals("findings.txt")).toList();
            return docs.size() == 1 ? docs.get(0) : null;
        }
    }

    /** A line of a document, decoded as plancheck decodes it (UTF-8, else GB18030); "" past the end. */
    static String line(Path doc, int number) throws IOException {
        byte[] bytes = Files.readAllBytes(doc);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("GB18030"));
        }
        String[] lines = text.split("\n", -1);
        return number >= 1 && number <= lines.length ? lines[number - 1] : "";
    }
}
