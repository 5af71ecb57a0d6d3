package plancheck.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import plancheck.model.Num;

/** Which numbers of a line are quantities, blanks, structure, or left for a person to look at. */
class NumberLexerTest {
    private static List<String> quantities(String line) {
        return NumberLexer.lex(TextPlanReader.numbersToAscii(line)).quantities().stream()
                .map(q -> (q.blank() ? "blank" : Num.fmt(q.value())) + q.unit() + (q.suffix().isEmpty() ? "" : "+" + q.suffix())
                        + (q.approx().isEmpty() ? "" : "~" + q.approx()) + "@" + q.start())
                .toList();
    }

    private static List<String> strays(String line) {
        return NumberLexer.lex(TextPlanReader.numbersToAscii(line)).strays().stream().map(s -> s.text() + ": " + s.reason()).toList();
    }

    @Test
    void unitsAndMultipliers() {
        assertEquals(List.of("40000件@2"), quantities("达到4万件"));
        assertEquals(List.of("20亿元@5"), quantities("成交额达到20亿元"), "亿 of 亿元 is the unit, not a multiplier");
        assertEquals(List.of("1.3%+以上@6"), quantities("强度力争达到1.3%以上"));
        assertEquals(List.of("100000平方米@4"), quantities("面积超过10万平方米"));
        assertEquals(List.of("550项~余@0", "10亿元~近@11"), quantities("550余项，销售收入近10亿元"));
    }

    @Test
    void structureIsSkipped() {
        for (String line : List.of("到2022年，", "河北政发〔2020〕12号", "2020年12月31日", "（2020—2022年）",
                "1．盘活楼宇园区资源", "（1）加强", "支持5G 新基建", "打造孵化器3.0版", "P3实验室", "CO2生物转化",
                "“1+4+2”现代制造业体系", "专栏1 争建海河实验室", "《全民科学素质行动计划纲要（2021-2025-2035年）》",
                "环县强科技行动实施方案（2023—2025）", "发布时间：2021-10-09 10:23", "成文日期：2021/9/28",
                "表1 主要指标", "附表2 各区目标分解表")) {
            assertEquals(List.of(), quantities(line), line);
            assertEquals(List.of(), strays(line), line);
        }
    }

    @Test
    void blanksNeedAVerbSpacesAndAUnit() {
        assertEquals(List.of("blank件+以上@8"), quantities("有效发明专利达到 件以上"));
        assertEquals(List.of("blank亿元@8"), quantities("技术合同交易额达 亿元"));
        assertEquals(List.of("blank家@4"), quantities("分别达到   家"));
        assertEquals(List.of("blank件+以上@9"), quantities("有效发明专利提高到 件以上"), "every target verb, not only 达到");
        assertEquals(List.of("blank家@9"), quantities("高新技术企业增加到  家"));
        assertEquals(List.of("10家@5"), quantities("示范基地 10家"), "a space before a real number is not a blank");
        assertEquals(List.of("10家@4"), quantities("达到  10家"));
    }

    @Test
    void rangesAndBareNumbersAreLeftForAPerson() {
        assertEquals(List.of("5-8个: RANGE", "10-15个: RANGE"), strays("形成5-8个重点方向，设立10-15个分中心"));
        assertEquals(List.of("360: NO_UNIT"), strays("奇虎360"));
        assertEquals(List.of(), strays("发布时间：2021-10-09 10:23 表1 附表2"));
        assertEquals(List.of("15篇@2"), quantities("发表15篇"), "表 of a verb, not a caption");
    }
}
