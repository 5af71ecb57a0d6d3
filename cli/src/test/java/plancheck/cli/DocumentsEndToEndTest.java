package plancheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plan documents checked directly, through the real command line (run from the project root). */
class DocumentsEndToEndTest {
    private static final String OWN = "checker-core/src/test/resources/read/text/";

    /** The report without the per-file "读取 N 个数据" lines, which name different files on the two sides. */
    static String findingsAndSummary(String report) {
        return String.join("\n", Arrays.stream(report.split("\n"))
                .filter(l -> !l.matches("\\S+：读取 \\d+ 个数据.*")).toList());
    }

    @Test
    void theSeedDocumentsGiveTheReportOfTheirHandMadeData() {
        Cli documents = Cli.run("check", "seeds/documents", "seeds/reference");
        Cli data = Cli.run("check", "seeds/data", "seeds/reference");
        assertEquals("", documents.err());
        assertEquals(data.exit(), documents.exit());
        assertEquals(findingsAndSummary(data.out()), findingsAndSummary(documents.out()));
        assertTrue(documents.out().contains("seeds/documents/002_eb5fe5a3b1811268.txt：读取 53 个数据，29 个数字未归类"),
                documents.out());
    }

    @Test
    void theSeedsFolderReadsDocumentsAndReferenceNotTheHandMadeCopies() {
        Cli seeds = Cli.run("check", "seeds/");
        assertEquals(Cli.run("check", "seeds/documents", "seeds/reference").out(), seeds.out());
        List<String> findings = Arrays.stream(seeds.out().split("\n")).filter(l -> l.matches("\\S+:\\d+: .*")).toList();
        assertEquals(4, findings.size(), seeds.out());
        assertTrue(findings.get(0).startsWith("seeds/documents/001_daa27daca99d145a.txt:86: error scope.label"));
        assertTrue(findings.get(1).startsWith("seeds/documents/001_daa27daca99d145a.txt:116: error scope.label"));
        assertTrue(findings.get(2).startsWith("seeds/documents/002_eb5fe5a3b1811268.txt:10: warning aggregate.share: 占比35.8%"));
        assertTrue(findings.get(3).startsWith("seeds/documents/002_eb5fe5a3b1811268.txt:10: warning aggregate.share: 占比39.6%"));
        assertTrue(seeds.out().endsWith("检查了 4 个文件、4 个规划、130 个数据：2 个错误，2 个警告，0 条提示\n"), seeds.out());
    }

    @Test
    void verboseListsTheUnclassifiedNumbersWithTheirReasonsInTheReportLanguage() {
        Cli zh = Cli.run("check", "--verbose", "seeds/documents/002_eb5fe5a3b1811268.txt");
        assertTrue(zh.out().contains("  seeds/documents/002_eb5fe5a3b1811268.txt:49: 未归类“5个”：前后未写明指标目录中的指标\n"),
                zh.out());
        assertTrue(zh.out().contains("  seeds/documents/002_eb5fe5a3b1811268.txt:191: 未归类“150家”："
                + "是某一具体单位或片区（科技园）的数据，不是本地区的\n"), zh.out());
        assertTrue(!zh.out().contains("unclassified"), "no English in a Chinese report: " + zh.out());
        assertTrue(zh.out().contains("002_eb5fe5a3b1811268.txt：读取 53 个数据，29 个数字未归类，列于下方\n"), zh.out());
        Cli en = Cli.run("check", "--verbose", "--lang", "en", "seeds/documents/002_eb5fe5a3b1811268.txt");
        assertTrue(en.out().contains("  seeds/documents/002_eb5fe5a3b1811268.txt:49: unclassified \"5个\": "
                + "no indicator of the catalogue named with it\n"), en.out());
        assertTrue(en.out().contains("  seeds/documents/002_eb5fe5a3b1811268.txt:191: unclassified \"150家\": "
                + "a figure of one named unit or sub-area (科技园), not the region's\n"), en.out());
        assertTrue(en.out().contains("002_eb5fe5a3b1811268.txt: 53 figures read, 29 unclassified numbers, listed below\n"), en.out());
    }

    @Test
    void withoutVerboseTheReportNamesTheSwitchThatListsThem() {
        Cli zh = Cli.run("check", "seeds/documents/002_eb5fe5a3b1811268.txt");
        assertTrue(zh.out().contains("002_eb5fe5a3b1811268.txt：读取 53 个数据，29 个数字未归类（--verbose 列出）\n"), zh.out());
        assertTrue(!zh.out().contains("  seeds/documents/002_eb5fe5a3b1811268.txt:49:"), zh.out());
    }

    @Test
    void blanksAndADipInOwnDocuments() {
        Cli blanks = Cli.run("check", OWN + "blanks.txt");
        assertEquals(1, blanks.exit());
        assertEquals(6, blanks.out().split("error target.blank").length - 1, blanks.out());
        assertTrue(blanks.out().contains(OWN + "blanks.txt:6: error target.blank"), blanks.out());
        Cli table = Cli.run("check", OWN + "table.txt");
        assertTrue(table.out().startsWith(OWN + "table.txt:6: error series.monotonic"), table.out());
    }

    @Test
    void aBinaryFileIsOneInputError() {
        Cli r = Cli.run("check", OWN + "binary.txt", "seeds/reference");
        assertEquals(2, r.exit());
        assertEquals(OWN + "binary.txt: not text: the file holds binary data (NUL or control bytes)\n", r.err());
    }
}
