package plancheck.corpus;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.engine.Finding;
import plancheck.engine.Settings;
import plancheck.engine.Severity;
import plancheck.model.Source;

/**
 * The extractor measured against the labelled corpus (corpus/NN-…/) and the seeds: each case is
 * checked by the real {@link Checker}; the figures read from its documents are scored against its
 * gold labels, and its findings against the findings it must give (none at error or warning on a
 * clean case). The cli module's tests run in the project root.
 */
class CorpusTest {
    static final double MIN_RECALL = 0.95;
    static final double MIN_PRECISION = 0.95;

    private static final Path CORPUS = Path.of("corpus");
    private static final Path SEEDS = Path.of("seeds");

    /**
     * One folder to check: the paths given to the checker, the documents measured (file names), their
     * gold figures and planted findings.
     */
    record Case(String name, List<Path> paths, Set<String> documents, List<Labels.Gold> gold,
                List<Labels.Planted> planted, boolean clean) {
    }

    @Test
    void theExtractorReadsTheLabelledFiguresAndTheChecksGiveThePlantedFindings() throws IOException {
        Scorecard card = new Scorecard();
        List<String> missedFindings = new ArrayList<>();
        List<String> onClean = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Case c : cases()) {
            if (c.documents().isEmpty()) continue;
            CheckResult result = new Checker(Settings.defaults()).check(c.paths());
            result.errors().forEach(e -> notes.add(c.name() + ": input error: " + e.file() + ":" + e.line() + ": "
                    + e.message()));
            for (String doc : c.documents()) {
                card.score(c.name() + "/" + doc,
                        c.gold().stream().filter(g -> g.file().equals(doc)).toList(),
                        result.figures().stream().filter(f -> Labels.fileName(f.source().file()).equals(doc)).toList());
            }
            missedFindings.addAll(missing(c, result.findings()));
            if (c.clean()) {
                result.findings().stream().filter(f -> f.severity().atLeast(Severity.WARNING))
                        .forEach(f -> onClean.add(c.name() + ": " + show(f)));
            }
        }
        System.out.print(card.render());
        notes.forEach(n -> System.out.println("note " + n));
        missedFindings.forEach(m -> System.out.println("planted finding not given: " + m));
        onClean.forEach(m -> System.out.println("finding on a clean case: " + m));

        Scorecard.Tally all = card.overall();
        assertAll(
                () -> assertTrue(all.recall() >= MIN_RECALL, "overall recall " + all.recall() + " < " + MIN_RECALL),
                () -> assertTrue(all.precision() >= MIN_PRECISION,
                        "overall precision " + all.precision() + " < " + MIN_PRECISION),
                () -> assertEquals(List.of(), missedFindings, "planted findings not given"),
                () -> assertEquals(List.of(), onClean, "errors or warnings on clean cases"));
    }

    /** Every corpus folder, then the seeds. */
    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (Stream<Path> folders = Files.list(CORPUS)) {
            for (Path folder : folders.filter(p -> Files.exists(p.resolve("gold.csv"))).sorted().toList()) {
                out.add(corpusCase(folder));
            }
        }
        out.add(seedsCase());
        return out;
    }

    private static Case corpusCase(Path folder) throws IOException {
        List<Path> docs = documents(folder);
        List<Labels.Planted> planted = Labels.findings(folder.resolve("findings.txt"));
        // The folder itself when every document can be read: its .plancheckignore must keep the labels out.
        return new Case(folder.getFileName().toString(), List.of(folder), names(docs),
                Labels.figures(folder.resolve("gold.csv")), planted, planted.isEmpty());
    }

    private static Case seedsCase() throws IOException {
        List<Path> docs = documents(SEEDS.resolve("documents"));
        List<Labels.Gold> gold = new ArrayList<>();
        try (Stream<Path> csvs = Files.list(SEEDS.resolve("data"))) {
            for (Path csv : csvs.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                gold.addAll(Labels.figures(csv));
            }
        }
        List<Path> paths = new ArrayList<>(docs);
        paths.add(SEEDS.resolve("reference"));
        List<Labels.Planted> planted = Labels.findings(SEEDS.resolve("data").resolve("expected-findings.txt"));
        return new Case("seeds", paths, names(docs), gold, planted, false);
    }

    /** The folder's documents (*.txt), in name order. */
    private static List<Path> documents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().equals("findings.txt"))
                    .sorted().toList();
        }
    }

    private static Set<String> names(List<Path> docs) {
        return docs.stream().map(p -> p.getFileName().toString()).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * The planted findings not given: a planted finding is given by a finding of its rule whose source or
     * a related source is at its file and line; n planted at one place need n such findings.
     */
    static List<String> missing(Case c, List<Finding> findings) {
        Map<String, List<Labels.Planted>> byPlace = new TreeMap<>();
        for (Labels.Planted p : c.planted()) byPlace.computeIfAbsent(p.rule() + " " + p.file() + ":" + p.line(),
                k -> new ArrayList<>()).add(p);
        List<String> out = new ArrayList<>();
        for (List<Labels.Planted> same : byPlace.values()) {
            Labels.Planted p = same.get(0);
            long given = findings.stream().filter(f -> f.ruleId().equals(p.rule()) && touches(f, p)).count();
            for (int i = (int) given; i < same.size(); i++) out.add(c.name() + "/" + same.get(i).show());
        }
        return out;
    }

    private static boolean touches(Finding f, Labels.Planted p) {
        if (at(f.source(), p)) return true;
        return f.related().stream().anyMatch(s -> at(s, p));
    }

    private static boolean at(Source s, Labels.Planted p) {
        return s != null && s.line() == p.line() && Labels.fileName(s.file()).equals(p.file());
    }

    private static String show(Finding f) {
        return Labels.fileName(f.source().file()) + ":" + f.source().line() + " " + f.severity().code() + " "
                + f.ruleId() + " (" + f.indicator() + ", " + f.year() + ")";
    }
}
