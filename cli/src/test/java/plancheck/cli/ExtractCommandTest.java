package plancheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plancheck.read.Columns;

/** {@code plancheck extract}: what is read from a document, in the contract, checks the same as the document. */
class ExtractCommandTest {
    private static final String SEED = "seeds/documents/002_eb5fe5a3b1811268.txt";

    @Test
    void extractedCsvChecksLikeTheDocument(@TempDir Path dir) throws Exception {
        Cli ex = Cli.run("extract", SEED);
        assertEquals(0, ex.exit());
        assertTrue(ex.out().startsWith(String.join(",", Columns.ALL) + "\n"), ex.out());
        assertEquals(1 + 53, ex.out().split("\n").length, "header and one row per figure");
        assertTrue(ex.err().contains(SEED + ":49: 未归类“5个”：位于任务部分且没有目标年份，不作为规划目标\n"), ex.err());
        Path csv = dir.resolve("binhai.csv");
        Files.writeString(csv, ex.out(), StandardCharsets.UTF_8);
        assertSameFindings(Cli.run("check", SEED, "seeds/reference"), Cli.run("check", csv.toString(), "seeds/reference"));
    }

    @Test
    void extractedJsonChecksLikeTheDocument(@TempDir Path dir) throws Exception {
        for (String doc : new String[] {"seeds/documents/001_daa27daca99d145a.txt", SEED}) {
            Cli ex = Cli.run("extract", "--format", "json", doc);
            assertEquals(0, ex.exit());
            Path json = dir.resolve(Path.of(doc).getFileName() + ".json");
            Files.writeString(json, ex.out(), StandardCharsets.UTF_8);
            assertSameFindings(Cli.run("check", doc, "seeds/reference"), Cli.run("check", json.toString(), "seeds/reference"));
        }
    }

    @Test
    void unclassifiedNumbersAreListedInTheLanguageAsked() {
        Cli en = Cli.run("extract", "--lang", "en", SEED);
        assertEquals(0, en.exit());
        assertTrue(en.err().contains(SEED + ":68: unclassified \"5-8个\": a range, not one figure\n"), en.err());
        assertEquals(Cli.run("extract", SEED).out(), en.out(), "the data itself does not depend on the language");
        Cli zh = Cli.run("extract", SEED);
        assertTrue(zh.err().contains(SEED + ":68: 未归类“5-8个”：是一个区间，不是单个数值\n"), zh.err());
        Cli fr = Cli.run("extract", "--lang", "fr", SEED);
        assertEquals(2, fr.exit());
        assertEquals("plancheck: unknown language 'fr' (zh or en)\n", fr.err());
    }

    @Test
    void blanksAreEmptyValues() {
        Cli ex = Cli.run("extract", "checker-core/src/test/resources/read/text/blanks.txt");
        assertTrue(ex.out().contains("xiqing-2021-2025,西青区,district,天津市,2021,2025,有效发明专利,,件,target,2025,,达到…以上,"),
                ex.out());
    }

    @Test
    void unreadableInputIsExit2() {
        Cli bin = Cli.run("extract", "checker-core/src/test/resources/read/text/binary.txt");
        assertEquals(2, bin.exit());
        assertTrue(bin.err().contains("not text"), bin.err());
        assertEquals(2, Cli.run("extract", "no/such.txt").exit());
        Cli missing = Cli.run("extract", "no/such.txt");
        assertEquals("no/such.txt: cannot read: no such file\n", missing.err());
        assertEquals("", missing.out(), "no empty table for a file that could not be read");
        Cli folder = Cli.run("extract", "seeds");
        assertEquals(2, folder.exit());
        assertEquals("seeds: a folder: extract reads one file\n", folder.err());
        assertEquals(2, Cli.run("extract", "--format", "xml", SEED).exit());
    }

    private static void assertSameFindings(Cli fromDocument, Cli fromExtract) {
        assertEquals("", fromExtract.err());
        assertEquals(fromDocument.exit(), fromExtract.exit());
        assertEquals(DocumentsEndToEndTest.findings(fromDocument.out()), DocumentsEndToEndTest.findings(fromExtract.out()));
    }
}
