package plancheck.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import plancheck.report.Reports;

/**
 * Same inputs, same bytes: two runs, and a run with the paths in another order, give identical
 * reports; and a run never changes its inputs (content, size or modification time).
 */
class DeterminismTest {
    static final List<String> PATHS = List.of("seeds/data", "seeds/reference", "seeds/documents",
            BadInputCorpusTest.CORPUS.toString());

    static List<String> formats() {
        return Reports.names();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void sameInputsGiveByteIdenticalReports(String format) {
        Run first = run(format, PATHS);
        Run second = run(format, PATHS);
        List<String> backwards = new java.util.ArrayList<>(PATHS);
        java.util.Collections.reverse(backwards);
        Run reversed = run(format, backwards);
        Run shuffled = run(format, List.of(PATHS.get(2), PATHS.get(0), PATHS.get(3), PATHS.get(1)));
        assertTrue(first.out().length() > 200, first::out);
        for (Run other : List.of(second, reversed, shuffled)) {
            assertEquals(first.out(), other.out());
            assertEquals(first.err(), other.err());
            assertEquals(first.exit(), other.exit());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void inputsAreNeverModified(String format) throws Exception {
        Map<Path, String> before = fingerprints(PATHS);
        run(format, PATHS);
        assertEquals(before, fingerprints(PATHS));
    }

    private static Run run(String format, List<String> paths) {
        String[] args = Stream.concat(Stream.of("check", "--format", format), paths.stream()).toArray(String[]::new);
        return Run.of(args);
    }

    /** Each file's SHA-256, size and modification time. */
    static Map<Path, String> fingerprints(List<String> roots) throws IOException, NoSuchAlgorithmException {
        Map<Path, String> m = new TreeMap<>();
        for (String root : roots) {
            try (Stream<Path> s = Files.walk(Path.of(root))) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    MessageDigest sha = MessageDigest.getInstance("SHA-256");
                    try (InputStream in = Files.newInputStream(p)) {
                        sha.update(in.readAllBytes());
                    }
                    FileTime t = Files.getLastModifiedTime(p);
                    m.put(p, HexFormat.of().formatHex(sha.digest()) + " " + Files.size(p) + " " + t.toMillis());
                }
            }
        }
        assertTrue(m.size() > 10);
        return m;
    }
}
