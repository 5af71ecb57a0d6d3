package plancheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The main job on the seeds, through the real command line (run from the project root). */
class SeedsEndToEndTest {

    @Test
    void handMadeSeedDataGivesTheDefendedFindings() throws Exception {
        Cli r = Cli.run("check", "--format", "json", "seeds/data", "seeds/reference");
        assertEquals("", r.err());
        assertEquals(1, r.exit(), "errors found: exit 1");
        JsonNode report = new ObjectMapper().readTree(r.out());
        List<String> found = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            if (f.get("severity").asText().equals("info")) continue;
            found.add(f.get("rule").asText() + " " + f.get("region").asText() + " " + f.get("indicator").asText()
                    + " " + f.get("year").asText() + " " + f.get("source").get("file").asText().replaceAll(".*/", "")
                    + ":" + f.get("source").get("line").asText());
        }
        assertEquals(List.of(
                "baseline.conflict 河西区 high-tech-enterprises 2020 000_9f69b24e9fef4392.txt:15",
                "target.blank 河西区 eagle-enterprises 2025 000_9f69b24e9fef4392.txt:35",
                "target.blank 河西区 gazelle-enterprises 2025 000_9f69b24e9fef4392.txt:35",
                "target.blank 河西区 leading-enterprises 2025 000_9f69b24e9fef4392.txt:35",
                "target.blank 河西区 invention-patents 2025 000_9f69b24e9fef4392.txt:35",
                "target.blank 河西区 high-tech-enterprises 2025 000_9f69b24e9fef4392.txt:35",
                "target.blank 河西区 tech-contract-turnover 2025 000_9f69b24e9fef4392.txt:35",
                "target.blank 河西区 数字经济相关产业营业收入 2025 000_9f69b24e9fef4392.txt:35",
                "target.blank 河西区 科学研究和技术服务业占地区生产总值比重 2025 000_9f69b24e9fef4392.txt:35",
                "scope.label 河北区 invention-patents 2020 001_daa27daca99d145a.txt:86",
                "scope.label 河北区 tech-contract-turnover 2020 001_daa27daca99d145a.txt:116",
                "aggregate.share 滨海新区 gazelle-enterprises 2020 002_eb5fe5a3b1811268.txt:10",
                "aggregate.share 滨海新区 eagle-enterprises 2020 002_eb5fe5a3b1811268.txt:10",
                "cross-plan.order 津南区 major-platforms 2025 003_18d7a4ec9416ec41.txt:41",
                "target.below-baseline 津南区 rd-intensity 2022 004_3f940de0c7560a79.txt:3",
                "target.below-baseline 津南区 gazelle-enterprises 2022 004_3f940de0c7560a79.txt:4",
                "target.below-baseline 津南区 eagle-enterprises 2022 004_3f940de0c7560a79.txt:4"), found);
        JsonNode summary = report.get("summary");
        assertEquals(12, summary.get("errors").asInt());
        assertEquals(5, summary.get("warnings").asInt());
        assertTrue(summary.get("infos").asInt() > 0, "indicators no catalogue knows are listed as infos");
    }

    @Test
    void textReportLinesNameFileLineSeverityRuleAndContext() {
        Cli r = Cli.run("check", "seeds/data", "seeds/reference");
        List<String> lines = List.of(r.out().split("\n"));
        int at = lines.indexOf("seeds/documents/001_daa27daca99d145a.txt:86: error scope.label: "
                + "数据标为“全市”，但这是河北区的区级规划，应写“全区”或“区内” (河北区, 有效发明专利, 2020)");
        assertTrue(at >= 0, r.out());
        // Same line: in the order the shares stand in the text (瞪羚 35.8% before 雏鹰 39.6%).
        assertTrue(lines.get(at + 3).startsWith("seeds/documents/002_eb5fe5a3b1811268.txt:10: warning aggregate.share: "
                + "占比39.6%与数量1407推算出天津市2020年总量约3553，已高于其2022年目标3500家"), lines.get(at + 3));
        assertTrue(lines.get(lines.size() - 1).contains("12 个错误，5 个警告"), lines.get(lines.size() - 1));
    }

    @Test
    void failOnWarningAndOffChangeTheExitCode() {
        assertEquals(0, Cli.run("check", "--fail-on", "off", "seeds/data", "seeds/reference").exit());
        assertEquals(0, Cli.run("check", "seeds/reference").exit(), "the city plan alone is clean");
        assertEquals(1, Cli.run("check", "--fail-on", "warning", "seeds/data/002_binhai-2021-2025.csv",
                "seeds/reference").exit());
    }

    @Test
    void englishMessages() {
        Cli r = Cli.run("check", "--lang", "en", "seeds/data", "seeds/reference");
        assertTrue(r.out().contains("warning aggregate.share: Share 39.6% with count 1407 implies a 天津市 total of about 3553 in 2020"), r.out());
    }

    @Test
    void missingFileIsExit2ButTheOthersAreStillChecked() {
        Cli r = Cli.run("check", "no/such.csv", "seeds/data", "seeds/reference");
        assertEquals(2, r.exit());
        assertEquals("no/such.csv: 文件或文件夹不存在\n", r.err(), "in the report's language, Chinese by default");
        assertEquals("no/such.csv: no such file or folder\n", Cli.run("check", "--lang", "en", "no/such.csv").err());
        assertTrue(r.out().contains("scope.label"));
    }

    @Test
    void usageErrorsAreExit2WithoutStackTrace() {
        Cli r = Cli.run("check", "--format", "pdf", "seeds/data");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("plancheck: unknown --format 'pdf'"), r.err());
        Cli none = Cli.run("check");
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("Missing required parameter"), none.err());
    }

    @Test
    void rulesListsTheCatalogue() {
        Cli r = Cli.run("rules");
        assertEquals(0, r.exit());
        for (String id : List.of("target.blank", "series.monotonic", "scope.label", "table.body-mismatch",
                "baseline.conflict", "target.below-baseline", "cross-plan.order", "aggregate.city-total",
                "aggregate.share", "indicator.unknown")) {
            assertTrue(r.out().contains(id), id);
        }
    }
}
