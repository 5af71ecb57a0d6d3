package plancheck.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.engine.Settings;
import plancheck.read.InputError;
import plancheck.read.Readers;

/**
 * Bad plan documents (*.txt), checked through the standard readers. Skipped while no reader takes
 * *.txt. Large files are made here, in a temporary folder, never committed.
 */
class TextDocumentsTest {
    static final Path SEED = Path.of("seeds/documents/001_daa27daca99d145a.txt");

    @TempDir
    Path dir;

    private final Checker checker = new Checker(Settings.defaults());

    @Test
    void theTextReaderIsRegistered() {
        assertTrue(Readers.standard().forFile(Path.of("plan.txt")).isPresent(), "no reader for *.txt");
    }

    @Test
    void aBinaryFileIsRefusedNotReadAsGarbage() throws IOException {
        byte[] bytes = new byte[64 * 1024];
        new Random(7).nextBytes(bytes);
        Path f = dir.resolve("scan.txt");
        Files.write(f, bytes);
        CheckResult r = check(f);
        assertEquals(0, r.figures().size());
        assertEquals(1, r.errors().size(), r.errors()::toString);
    }

    @Test
    void mixedGbkAndUtf8IsRefusedNotReadAsGarbage() throws IOException {
        String text = Files.readString(SEED);
        int half = text.indexOf('\n', text.length() / 2);
        Path f = dir.resolve("mixed.txt");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(text.substring(0, half).getBytes(StandardCharsets.UTF_8));
            out.write(text.substring(half).getBytes(Charset.forName("GBK")));
        }
        CheckResult r = check(f);
        // Read as one encoding, half of it would be garbage: refused, with the fix.
        assertEquals(0, r.figures().size());
        assertEquals(1, r.errors().size(), r.errors()::toString);
        assertTrue(r.errors().get(0).message().contains("save the document as UTF-8"), r.errors()::toString);
    }

    @Test
    void aFiftyMegabyteDocumentIsRefusedWithAReason() throws IOException {
        String text = Files.readString(SEED);
        Path f = dir.resolve("big.txt");
        long size = 0;
        try (OutputStream out = Files.newOutputStream(f)) {
            byte[] chunk = text.getBytes(StandardCharsets.UTF_8);
            while (size < 50L << 20) {
                out.write(chunk);
                size += chunk.length;
            }
        }
        CheckResult r = check(f);
        assertEquals(0, r.figures().size());
        assertEquals(List.of(f + ": document of 50 MB is larger than 8 MB: a plan's text is well under 1 MB"
                + " (several documents in one file?)"), r.errors().stream().map(InputError::toString).toList());
    }

    @Test
    void aDocumentWithoutFiguresIsReportedAsSuch() throws IOException {
        Path f = dir.resolve("prose.txt");
        Files.writeString(f, "天津市河北区科技创新三年行动计划（2020—2022年）\n\n各有关单位：\n现将有关事项通知如下，请认真贯彻落实。\n");
        CheckResult r = check(f);
        assertEquals(0, r.figures().size());
        assertTrue(r.errors().stream().anyMatch(e -> e.message().contains("no figures")), r.errors()::toString);
    }

    @Test
    void controlCharactersAndVeryLongLinesDoNotBreakReading() throws IOException {
        String text = Files.readString(SEED);
        Path ctl = dir.resolve("control.txt");
        Files.writeString(ctl, text.replace("。", "。\u0001\u0007\u001b[31m\u0000"));
        check(ctl);
        Path longLine = dir.resolve("long-line.txt");
        Files.writeString(longLine, text.replace("\n", " ").repeat(200));
        check(longLine);
    }

    /** Checks one file; whatever it holds, the answer is a result whose errors are plain lines. */
    private CheckResult check(Path f) {
        CheckResult r = checker.check(List.of(f));
        for (InputError e : r.errors()) {
            BadInputCorpusTest.assertPlainLine(e);
            assertFalse(e.message().startsWith("internal error"), e::toString);
        }
        return r;
    }
}
