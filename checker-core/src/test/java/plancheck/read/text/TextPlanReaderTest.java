package plancheck.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import plancheck.model.Figure;
import plancheck.model.Level;
import plancheck.model.Plan;
import plancheck.read.InputError;
import plancheck.read.PlanData;
import plancheck.read.Readers;

/** The document reader on small documents made for what the seeds lack. */
class TextPlanReaderTest {
    private static final Path DIR = Path.of("src/test/resources/read/text");

    private static PlanData read(String name) {
        return RealCatalogue.reader().read(DIR.resolve(name), name);
    }

    /** One figure as "line:column indicator scope unit kind year value qualifier". */
    static String row(Figure f) {
        return f.source().line() + ":" + f.source().column() + " " + f.indicatorText() + " " + f.scope() + " "
                + f.unit() + " " + f.kind().code() + " " + f.year() + " "
                + (f.value() == null ? "blank" : plancheck.model.Num.fmt(f.value())) + " " + f.qualifierText();
    }

    private static List<String> rows(PlanData d) {
        return d.figures().stream().map(TextPlanReaderTest::row).toList();
    }

    @Test
    void registeredForTxtFiles() {
        assertTrue(Readers.standard().forFile(Path.of("plan.txt")).orElseThrow() instanceof TextPlanReader);
        assertTrue(Readers.standard().forFile(Path.of("PLAN.TXT")).isPresent());
    }

    @Test
    void tablesOfAnyHeaderAndSeparator() {
        PlanData d = read("table-layouts.txt");
        assertEquals(List.of(), d.errors());
        List<String> rows = rows(d);
        // Tabs, with 类别 and 序号 columns, a 单位 column, a base year, a target year, growth and 属性 columns.
        assertTrue(rows.contains("4:24 研究与试验发展经费投入强度  % baseline 2020 2.1 "), String.join("\n", rows));
        assertTrue(rows.contains("5:32 财政科技支出占一般公共预算支出比重  % target 2025 4 不低于"), String.join("\n", rows));
        assertTrue(rows.contains("7:22 科技型中小企业  家 target 2025 500 以上"), String.join("\n", rows));
        // Pipes, the unit in the label, and an empty last cell: a blank target.
        assertTrue(rows.contains("13:25 高新技术企业  家 target 2024 150 "), String.join("\n", rows));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("14:") && r.endsWith("target 2025 blank ")), String.join("\n", rows));
        assertEquals(20, rows.size(), String.join("\n", rows));
        assertEquals(List.of("10.8: GROWTH", "10.8: GROWTH"),
                d.unclassified().stream().map(u -> u.text() + ": " + u.reason()).toList());
    }

    /** A denominator before a known name makes another indicator: 12 per 10,000 people is not a count of 12. */
    @Test
    void aRateKeepsItsDenominator() {
        PlanData d = read("per-capita.txt");
        assertEquals(List.of("3:16 有效发明专利  件 target 2025 1500 达到",
                "3:36 每万人有效发明专利拥有量  件 target 2025 12 达到",
                "3:51 人均技术合同成交额  元 target 2025 500 达到"), rows(d));
        assertEquals(List.of("invention-patents", "invention-patents-per-10k"),
                d.figures().subList(0, 2).stream().map(f -> RealCatalogue.get().resolve(f.indicatorText()).orElseThrow().key()).toList());
    }

    /**
     * A city's breakdown tables by county and district: a row's figures are its region's (a plan of
     * its own under the city), the indicator is the caption's or the column's, a 合计 row is left out.
     */
    @Test
    void aBreakdownByRegionGivesEachRegionItsTargets() {
        PlanData d = read("breakdown.txt");
        assertEquals(List.of(), d.errors());
        List<String> rows = d.figures().stream().map(f -> f.region() + " " + f.level().code() + " " + f.parent() + " "
                + f.planId() + " " + row(f)).toList();
        assertTrue(rows.contains("南湖区 district 嘉兴市 breakdown-2023-2025/南湖区 8:5 高新技术企业  家 target 2023 420 "), String.join("\n", rows));
        assertTrue(rows.contains("平湖市 county 嘉兴市 breakdown-2023-2025/平湖市 11:13 高新技术企业  家 target 2025 620 "), String.join("\n", rows));
        assertTrue(rows.contains("宁海县 county 嘉兴市 breakdown-2023-2025/宁海县 20:9 R&D经费支出占GDP比重  % target 2025 2.6 "), String.join("\n", rows));
        assertEquals(2 + 12 + 10, rows.size(), String.join("\n", rows));
        assertEquals(List.of("1820: SUM_ROW", "2050: SUM_ROW", "2300: SUM_ROW"), d.unclassified().stream()
                .filter(u -> u.source().line() == 12).map(u -> u.text() + ": " + u.reason()).toList());
        assertEquals(List.of("breakdown-2023-2025", "breakdown-2023-2025/南湖区", "breakdown-2023-2025/秀洲区",
                "breakdown-2023-2025/嘉善县", "breakdown-2023-2025/平湖市", "breakdown-2023-2025/海曙区",
                "breakdown-2023-2025/江北区", "breakdown-2023-2025/余姚市", "breakdown-2023-2025/慈溪市",
                "breakdown-2023-2025/宁海县"), d.plans().stream().map(Plan::planId).toList());
    }

    /** A province's breakdown by city: each 市 row is a city of the province. */
    @Test
    void aProvincesBreakdownGivesItsCitiesTheirTargets() {
        PlanData d = read("province-breakdown.txt");
        List<String> rows = d.figures().stream().map(f -> f.region() + " " + f.level().code() + " " + f.parent() + " "
                + f.indicatorText() + " " + f.year() + " " + plancheck.model.Num.fmt(f.value())).toList();
        assertEquals(List.of("浙江省 province  高新技术企业 2025 35000", "杭州市 city 浙江省 高新技术企业 2023 12000",
                "杭州市 city 浙江省 高新技术企业 2025 15000", "宁波市 city 浙江省 高新技术企业 2023 6000",
                "宁波市 city 浙江省 高新技术企业 2025 7500", "温州市 city 浙江省 高新技术企业 2023 4000",
                "温州市 city 浙江省 高新技术企业 2025 5200"), rows);
    }

    /** A table with a row per year and a column per indicator (年份 | 高新技术企业（家） | …). */
    @Test
    void aTableByYearGivesEachColumnItsFigures() {
        PlanData d = read("by-year.txt");
        List<String> rows = rows(d);
        assertEquals(12, rows.size(), String.join("\n", rows));
        assertTrue(rows.contains("5:11 高新技术企业  家 baseline 2022 1650 "), String.join("\n", rows));
        assertTrue(rows.contains("8:18 技术合同成交额  亿元 target 2025 300 "), String.join("\n", rows));
        assertEquals(List.of(), d.unclassified());
    }

    /** A number under a header that names no year, base or target (全国平均) is listed, not dropped. */
    @Test
    void aNumberInAColumnOfNoYearIsListedWithItsHeader() {
        PlanData d = read("other-column.txt");
        assertEquals(2, d.figures().size(), rows(d).toString());
        assertEquals(List.of("150: COLUMN [全国平均]"), d.unclassified().stream()
                .map(u -> u.text() + ": " + u.reason() + " " + u.details()).toList());
    }

    @Test
    void fullWidthDigitsAndPercentAreReadAsAscii() {
        PlanData d = read("fullwidth.txt");
        assertEquals(List.of(), d.errors());
        Plan p = d.plans().get(0);
        assertEquals("dongli-2020-2022", p.planId());
        assertEquals("东丽区", p.region());
        assertEquals(Level.DISTRICT, p.level());
        assertEquals("天津市", p.parent());
        assertEquals(2020, p.periodStart());
        assertEquals(2022, p.periodEnd());
        assertEquals(List.of(
                "4:18 有效发明专利 全区 件 target 2022 1230 达到",
                "4:37 全社会研发投入强度 全社会 % target 2022 2.5 力争达到…以上",
                "4:55 技术合同成交额 全区 亿元 target 2022 15 达到"), rows(d));
        assertEquals("全区有效发明专利达到１２３０件", d.figures().get(0).source().quote(), "quotes keep the text as written");
    }

    @Test
    void blanksAloneAndInAListAndASpaceBeforeARealNumber() {
        PlanData d = read("blanks.txt");
        assertEquals(List.of(), d.errors());
        assertEquals("xiqing-2021-2025", d.plans().get(0).planId());
        assertEquals("天津市", d.plans().get(0).parent(), "named as 天津市西青区 in the text");
        assertEquals(List.of(
                "5:36 “雏鹰”企业  家 target 2025 blank 分别达到",
                "5:36 “瞪羚”企业  家 target 2025 blank 分别达到",
                "5:36 科技领军(培育)企业  家 target 2025 blank 分别达到",
                "6:9 有效发明专利  件 target 2025 blank 达到…以上",
                "6:22 技术合同交易额  亿元 target 2025 blank 达",
                "6:43 财政科技投入占本级财政支出比重  % target 2025 blank 达到…以上",
                "7:20 市级小型微型企业创业创新示范基地  家 target 2025 10 "), rows(d));
    }

    @Test
    void yearsOfBaselinesAndTargets() {
        PlanData d = read("baselines.txt");
        assertEquals(List.of(), d.errors());
        assertEquals(List.of(
                "3:22 国家高新技术企业 全区 家 baseline 2020 146 达到",
                "4:26 “雏鹰”企业  家 baseline 2020 147 达到",
                "4:41 有效发明专利 全区 件 baseline 2021 1500 达到",
                "5:17 全社会研发投入强度 全社会 % baseline 2019 3.1 达到",
                "7:18 有效发明专利 全区 件 target 2023 2000 达到",
                "7:34 高新技术企业 全区 家 target 2023 200 突破",
                "8:12 技术合同成交额 全区 亿元 target 2024 30 达到"), rows(d));
        assertEquals(List.of("12%: GROWTH", "5亿元: NAMED_UNIT", "20家: TASK_SECTION"),
                d.unclassified().stream().map(u -> u.text() + ": " + u.reason()).toList());
    }

    @Test
    void rowPerLineTableWithADecreasingRow() {
        PlanData d = read("table.txt");
        assertEquals(List.of(), d.errors());
        assertEquals("beichen-2020-2022", d.plans().get(0).planId());
        assertEquals(List.of(
                "5:17 高新技术企业数量 全区 家 target 2020 300 ",
                "5:21 高新技术企业数量 全区 家 target 2021 320 ",
                "5:25 高新技术企业数量 全区 家 target 2022 350 ",
                "6:17 技术合同成交额 全区 亿元 target 2020 30 ",
                "6:20 技术合同成交额 全区 亿元 target 2021 28 ",
                "6:23 技术合同成交额 全区 亿元 target 2022 35 "), rows(d));
        assertEquals(List.of(), d.unclassified(), "serial numbers and header years are structure");
    }

    @Test
    void gbkDocumentReadsLikeUtf8() {
        PlanData d = read("gbk.txt");
        assertEquals(List.of(), d.errors());
        assertEquals("baodi-2021-2025", d.plans().get(0).planId());
        assertEquals("天津市宝坻区科技创新“十四五”规划", d.plans().get(0).title());
        assertEquals(List.of(
                "3:18 高新技术企业 全区 家 target 2025 300 达到",
                "3:33 有效发明专利 全区 件 target 2025 800 达到"), rows(d));
    }

    @Test
    void binaryOrUndecodableFilesAreOneInputErrorNotGarbage() {
        for (String name : List.of("binary.txt", "garbage.txt")) {
            PlanData d = read(name);
            assertEquals(1, d.errors().size(), name);
            InputError e = d.errors().get(0);
            assertTrue(e.message().startsWith("not text"), e.toString());
            assertEquals(List.of(), d.figures());
            assertEquals(List.of(), d.unclassified());
        }
        assertEquals("binary.txt: not text: the file holds binary data (NUL or control bytes)",
                read("binary.txt").errors().get(0).toString());
    }

    @Test
    void aDocumentWithoutTitleSaysSo() {
        PlanData d = read("notitle.txt");
        assertEquals(1, d.errors().size());
        assertTrue(d.errors().get(0).message().startsWith("no title naming the plan's region and period"));
    }
}
