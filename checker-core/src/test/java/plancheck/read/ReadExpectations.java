package plancheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What a reader gave on each of many input files, written down in a resource
 * ({@code read/<name>}, one tab-separated line per case): the errors (or, for the thousands of
 * cut and edited files, their number), the counts of rejected figures, plans and figures, and a
 * SHA-256 of the plans, figures (with provenance and quote) and errors. A reader rewritten must
 * give the same; {@code -Dplancheck.record-read-expectations=FILE} writes the lines down again.
 */
final class ReadExpectations {
    private static final String RECORD = System.getProperty("plancheck.record-read-expectations");
    private final Map<String, String> expected = new HashMap<>();

    ReadExpectations(String resource) {
        try (InputStream in = ReadExpectations.class.getResourceAsStream("/read/" + resource)) {
            if (in == null) throw new IllegalStateException("missing test resource read/" + resource);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty()) expected.put(line.substring(0, line.indexOf('\t')), line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares what was read from {@code file} with the expectation of case {@code name}. */
    void expect(String name, Path file, PlanData read) {
        boolean many = name.startsWith("cut ") || name.startsWith("edit ");
        String got = name + "\t" + summary(read, !many);
        if (RECORD != null) {
            try {
                Files.writeString(Path.of(RECORD), got + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertEquals(expected.get(name), got, () -> name + " " + abbreviated(file));
    }

    /**
     * The {@code run}th seeded random edit of {@code doc}: every fourth run one or two bytes replaced
     * by any byte (the file may no longer be UTF-8), else one to three characters of {@code alphabet}
     * inserted, deleted or put in place of one.
     */
    static byte[] edit(java.util.Random r, String doc, String alphabet, int run) {
        if (run % 4 == 3) {
            byte[] b = doc.getBytes(StandardCharsets.UTF_8);
            for (int e = 1 + r.nextInt(2); e > 0; e--) b[r.nextInt(b.length)] = (byte) r.nextInt(256);
            return b;
        }
        StringBuilder b = new StringBuilder(doc);
        for (int e = 1 + r.nextInt(3); e > 0; e--) {
            int at = r.nextInt(b.length());
            char c = alphabet.charAt(r.nextInt(alphabet.length()));
            switch (r.nextInt(3)) {
                case 0 -> b.insert(at, c);
                case 1 -> b.deleteCharAt(at);
                default -> b.setCharAt(at, c);
            }
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<String> messages(PlanData d) {
        return d.errors().stream().map(InputError::toString).toList();
    }

    static List<String> describe(PlanData d) {
        return d.figures().stream().map(f -> f + " @ " + f.source().file() + ":" + f.source().line() + ":"
                + f.source().column() + " " + f.source().quote()).toList();
    }

    private static String summary(PlanData d, boolean withMessages) {
        StringBuilder all = new StringBuilder();
        d.plans().forEach(p -> all.append(p).append('\n'));
        describe(d).forEach(f -> all.append(f).append('\n'));
        messages(d).forEach(m -> all.append(m).append('\n'));
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            String said = withMessages ? String.join(" | ", messages(d)).replace('\n', ' ') : d.errors().size() + " errors";
            return said + "\t" + d.rejected() + "\t" + d.plans().size() + "\t" + d.figures().size() + "\t"
                    + HexFormat.of().formatHex(sha, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviated(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.ISO_8859_1);
            return s.length() > 400 ? s.substring(0, 400) + "…" : s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
