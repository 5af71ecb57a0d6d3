package plancheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON reader's limits are set on purpose and each gives one plain line, not Jackson's text. */
class JsonLimitsTest {
    @TempDir
    Path dir;

    private InputError onlyError(String name) {
        PlanData d = new JsonPlanReader().read(dir.resolve(name), name);
        assertEquals(1, d.errors().size(), d.errors()::toString);
        assertEquals(0, d.figures().size());
        return d.errors().get(0);
    }

    @Test
    void deepNestingIsRefusedWithItsLine() throws IOException {
        Files.writeString(dir.resolve("deep.json"), "{\"plans\": [{\"figures\": [{\"quote\":\n" + "[".repeat(200));
        InputError e = onlyError("deep.json");
        assertEquals(2, e.line());
        assertTrue(e.message().startsWith("JSON nested deeper than 64 levels"), e::toString);
    }

    @Test
    void aHugeStringIsRefused() throws IOException {
        Files.writeString(dir.resolve("string.json"), "{\"plans\": [{\"title\": \"" + "长".repeat(1_000_001) + "\"}]}");
        assertTrue(onlyError("string.json").message().startsWith("a JSON string longer than 1000000 characters"));
    }

    @Test
    void aHugeNumberIsRefused() throws IOException {
        Files.writeString(dir.resolve("number.json"), "{\"plans\": [{\"figures\": [{\"value\": " + "9".repeat(5000) + "}]}]}");
        assertTrue(onlyError("number.json").message().startsWith("a JSON number longer than 100 digits"));
    }

    /** Made here, never committed: 64 MB of blanks inside an array is still over the size limit. */
    @Test
    void aDocumentOverTheSizeLimitIsRefused() throws IOException {
        try (Writer w = Files.newBufferedWriter(dir.resolve("huge.json"), StandardCharsets.UTF_8)) {
            w.write("[");
            char[] blanks = new char[1 << 20];
            java.util.Arrays.fill(blanks, ' ');
            for (int i = 0; i <= JsonPlanReader.MAX_DOCUMENT >> 20; i++) w.write(blanks);
            w.write("]");
        }
        assertTrue(onlyError("huge.json").message().startsWith("JSON document larger than 64 MB"));
    }
}
