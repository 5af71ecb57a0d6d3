package plancheck.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.engine.Settings;
import plancheck.read.InputError;
import plancheck.read.PlanData;

/**
 * Walks the bad-input corpus: each file, checked next to a good one, must give exactly its one
 * expected error line (file, line, what is wrong), never a stack trace, and must not stop the good
 * file from being read and checked.
 */
class BadInputCorpusTest {
    static final Path CORPUS = Path.of("cli/src/test/resources/bad-input");
    static final Path GOOD = Path.of("seeds/reference/tianjin-city-2020-2022.csv");

    record Case(String file, int line, String fragment) {
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String l : Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] f = l.split("\t", 3);
            cases.add(new Case(f[0], Integer.parseInt(f[1]), f[2]));
        }
        return cases;
    }

    @Test
    void everyFileOfTheCorpusHasItsExpectation() throws IOException {
        Set<String> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.tsv"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> expected = cases().stream().map(Case::file).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(files, expected, "bad-input/ and expected.tsv must list the same files");
    }

    @TestFactory
    Stream<DynamicTest> eachBadFileGivesItsOneLineErrorAndTheGoodFileIsStillChecked() throws IOException {
        Checker checker = new Checker(Settings.defaults());
        int goodFigures = checker.check(List.of(GOOD)).figures().size();
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.file(), () -> {
            Path bad = CORPUS.resolve(c.file());
            CheckResult r = checker.check(List.of(bad, GOOD));
            List<InputError> errors = r.errors();
            assertEquals(1, errors.size(), () -> "one error expected, got " + errors);
            InputError e = errors.get(0);
            assertTrue(e.file().endsWith(c.file()), e::toString);
            assertEquals(c.line(), e.line(), e::toString);
            assertTrue(e.message().contains(c.fragment()), () -> "expected '" + c.fragment() + "' in " + e);
            assertPlainLine(e);
            PlanData good = r.inputs().stream().filter(d -> d.file().endsWith(GOOD.getFileName().toString()))
                    .findFirst().orElseThrow();
            assertEquals(goodFigures, good.figures().size(), "the good file is still read in full");
            assertTrue(goodFigures > 0);
        }));
    }

    /** One line in the user's words: no line breaks, no exception class names, no stack frames. */
    static void assertPlainLine(InputError e) {
        String s = e.toString();
        assertFalse(s.contains("\n") || s.contains("\r"), () -> "one line: " + s);
        assertFalse(s.matches(".*(Exception|Error:|\\bat [a-z]+\\.|java\\.|com\\.fasterxml|org\\.apache|StreamReadConstraints).*"),
                () -> "no internals in: " + s);
    }
}
