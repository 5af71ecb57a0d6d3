package plancheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plan documents checked directly, through the real command line (run from the project root). */
class DocumentsEndToEndTest {
    private static final String OWN = "checker-core/src/test/resources/read/text/";

    /**
     * The errors and warnings of a report, sorted: a document orders a line's findings by column, its
     * hand-made CSV (which has no columns) otherwise; infos name the indicators as each side spells them.
     */
    static List<String> findings(String report) {
        return Arrays.stream(report.split("\n")).filter(l -> l.matches("\\S+:\\d+: (error|warning) .*")).sorted().toList();
    }

    @Test
    void theSeedDocumentsGiveTheReportOfTheirHandMadeData() {
        Cli documents = Cli.run("check", "seeds/documents", "seeds/reference");
        Cli data = Cli.run("check", "seeds/data", "seeds/reference");
        assertEquals("", documents.err());
        assertEquals(data.exit(), documents.exit());
        assertEquals(findings(data.out()), findings(documents.out()));
        assertEquals(17, findings(documents.out()).size(), documents.out());
        assertTrue(documents.out().contains("seeds/documents/002_eb5fe5a3b1811268.txt：读取 53 个数据，29 个数字未归类"),
                documents.out());
    }

    @Test
    void theSeedsFolderReadsDocumentsAndReferenceNotTheHandMadeCopies() {
        Cli seeds = Cli.run("check", "seeds/");
        assertEquals(Cli.run("check", "seeds/documents", "seeds/reference").out(), seeds.out());
        List<String> found = findings(seeds.out());
        assertEquals(17, found.size(), seeds.out());
        for (String expected : List.of(
                "seeds/documents/000_9f69b24e9fef4392.txt:15: error baseline.conflict",
                "seeds/documents/000_9f69b24e9fef4392.txt:35: error target.blank: “数字经济相关产业营业收入”",
                "seeds/documents/000_9f69b24e9fef4392.txt:35: error target.blank: “科学研究和技术服务业占地区生产总值比重”",
                "seeds/documents/001_daa27daca99d145a.txt:86: error scope.label",
                "seeds/documents/001_daa27daca99d145a.txt:116: error scope.label",
                "seeds/documents/002_eb5fe5a3b1811268.txt:10: warning aggregate.share: 占比35.8%",
                "seeds/documents/002_eb5fe5a3b1811268.txt:10: warning aggregate.share: 占比39.6%",
                "seeds/documents/003_18d7a4ec9416ec41.txt:41: error cross-plan.order",
                "seeds/documents/004_3f940de0c7560a79.txt:3: warning target.below-baseline: 2022年目标4.5%低于2019年已达到的5.53%",
                "seeds/documents/004_3f940de0c7560a79.txt:4: warning target.below-baseline: 2022年目标275家低于2020年已达到的281家",
                "seeds/documents/004_3f940de0c7560a79.txt:4: warning target.below-baseline: 2022年目标25家低于2020年已达到的46家")) {
            assertTrue(found.stream().anyMatch(f -> f.startsWith(expected)), expected + " in " + seeds.out());
        }
        assertEquals(8, found.stream().filter(f -> f.contains("000_9f69b24e9fef4392.txt:35: error target.blank")).count());
        assertTrue(seeds.out().contains("12 个错误，5 个警告"), seeds.out());
    }

    @Test
    void verboseListsTheUnclassifiedNumbersWithTheirReasonsInTheReportLanguage() {
        Cli zh = Cli.run("check", "--verbose", "seeds/documents/002_eb5fe5a3b1811268.txt");
        assertTrue(zh.out().contains("  seeds/documents/002_eb5fe5a3b1811268.txt:49: 未归类“5个”：位于任务部分且没有目标年份，不作为规划目标\n"),
                zh.out());
        assertTrue(zh.out().contains("  seeds/documents/002_eb5fe5a3b1811268.txt:191: 未归类“150家”："
                + "是某一具体单位或片区（科技园）的数据，不是本地区的\n"), zh.out());
        assertTrue(!zh.out().contains("unclassified"), "no English in a Chinese report: " + zh.out());
        assertTrue(zh.out().contains("002_eb5fe5a3b1811268.txt：读取 53 个数据，29 个数字未归类，列于下方\n"), zh.out());
        Cli en = Cli.run("check", "--verbose", "--lang", "en", "seeds/documents/002_eb5fe5a3b1811268.txt");
        assertTrue(en.out().contains("  seeds/documents/002_eb5fe5a3b1811268.txt:49: unclassified \"5个\": "
                + "in a task section, with no target year: not read as a goal of the plan\n"), en.out());
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
