package plancheck.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import plancheck.model.Level;
import plancheck.read.document.GivenPlan;

/** The plan a document is, from its title or from what the user gives. */
class PlanMetadataTest {
    private static PlanMetadata of(String title, String text) {
        return PlanMetadata.resolve(List.of(title, text), "doc", GivenPlan.NONE).orElseThrow();
    }

    private static List<Object> fields(PlanMetadata m) {
        return List.of(m.region(), m.level(), m.parent(), m.start(), m.end());
    }

    @Test
    void districtOfTianjinWithExplicitYears() {
        PlanMetadata m = of("天津市河北区科技创新三年行动计划（2020—2022年）", "");
        assertEquals(List.of("hebei-2020-2022", "河北区", Level.DISTRICT, "天津市", 2020, 2022),
                List.of(m.planId(), m.region(), m.level(), m.parent(), m.start(), m.end()));
    }

    @Test
    void fiveYearPlanAndParentFromTheText() {
        PlanMetadata m = of("津南区科技创新“十四五”规划", "按照《天津市津南区国民经济和社会发展第十四个五年规划》");
        assertEquals(List.of("jinnan-2021-2025", "津南区", "天津市", 2021, 2025),
                List.of(m.planId(), m.region(), m.parent(), m.start(), m.end()));
        assertEquals("binhai-2021-2025", of("天津市滨海新区科技创新“十四五”规划", "").planId());
    }

    @Test
    void regionsOfEveryKind() {
        assertEquals(List.of("昭化区", Level.DISTRICT, "广元市", 2021, 2025),
                fields(of("四川省广元市昭化区科技创新“十四五”规划", "")));
        assertEquals(List.of("深圳国家高新区", Level.DISTRICT, "深圳市", 2022, 2024),
                fields(of("深圳国家高新区科技创新三年行动计划（2022—2024年）", "")));
        assertEquals(List.of("秀山土家族苗族自治县", Level.COUNTY, "重庆市", 2021, 2025),
                fields(of("重庆市秀山土家族苗族自治县科技创新发展“十四五”规划", "")));
        assertEquals(List.of("都江堰市", Level.COUNTY, "成都市", 2021, 2025),
                fields(of("成都市都江堰市“十四五”科技创新规划（2021—2025年）", "")));
        assertEquals(List.of("合肥市", Level.CITY, "安徽省", 2023, 2025),
                fields(of("安徽省合肥市科技创新行动方案（2023—2025年）", "")));
        assertEquals(List.of("浙江省", Level.PROVINCE, "", 2021, 2025),
                fields(of("浙江省科技创新发展“十四五”规划", "")));
        assertEquals(List.of("天津市", Level.CITY, ""), fields(of("天津市科技创新三年行动计划（2020—2022年）", "")).subList(0, 3));
    }

    @Test
    void titleFoundPastTheIssuingNotice() {
        List<String> lines = List.of("河北政发〔2020〕12号", "", "河北区人民政府关于印发天津市河北区",
                "科技创新三年行动计划（2020—2022年）的通知", "", "天津市河北区科技创新三年行动计划", "", "（2020—2022年）");
        PlanMetadata m = PlanMetadata.resolve(lines, "001", GivenPlan.NONE).orElseThrow();
        assertEquals("天津市河北区科技创新三年行动计划（2020—2022年）", m.title());
        List<String> quoted = List.of("各镇街：", "现将《广东省佛山市顺德区科技创新“十四五”规划》印发给你们，请认真贯彻执行。");
        assertEquals(List.of("顺德区", Level.DISTRICT, "佛山市", 2021, 2025),
                fields(PlanMetadata.resolve(quoted, "x", GivenPlan.NONE).orElseThrow()));
    }

    @Test
    void whatTheUserGivesWinsAndFillsIn() {
        List<String> noTitle = List.of("发布日期:2022-06-01", "一、工作目标", "到2022年,全区有效发明专利达到1850件。");
        assertTrue(PlanMetadata.resolve(noTitle, "004", GivenPlan.NONE).isEmpty());
        assertTrue(PlanMetadata.missing(noTitle, GivenPlan.NONE).contains("--region"));
        GivenPlan given = new GivenPlan("津南区", Level.DISTRICT, "天津市", 2020, 2022, "test");
        PlanMetadata m = PlanMetadata.resolve(noTitle, "004", given).orElseThrow();
        assertEquals(List.of("jinnan-2020-2022", "津南区", Level.DISTRICT, "天津市", 2020, 2022),
                List.of(m.planId(), m.region(), m.level(), m.parent(), m.start(), m.end()));
        // A title without a period takes the period given.
        List<String> undated = List.of("河东区科技创新规划", "");
        assertTrue(PlanMetadata.resolve(undated, "x", GivenPlan.NONE).isEmpty());
        assertTrue(PlanMetadata.missing(undated, GivenPlan.NONE).startsWith("no period"));
        GivenPlan period = new GivenPlan(null, null, null, 2021, 2025, "test");
        assertEquals(List.of("河东区", Level.DISTRICT), fields(PlanMetadata.resolve(undated, "x", period).orElseThrow()).subList(0, 2));
        assertTrue(PlanMetadata.resolve(List.of("科技创新规划", ""), "x", GivenPlan.NONE).isEmpty(), "no region");
    }

    @Test
    void zonesAnnualPlansAndNoticesThatNameThePlanWithoutBrackets() {
        assertEquals(List.of("合肥高新技术产业开发区", Level.DISTRICT, "合肥市", 2021, 2025),
                fields(of("合肥高新技术产业开发区“十四五”科技创新发展规划", "")));
        assertEquals(List.of("苏州工业园区", Level.DISTRICT, "苏州市", 2023, 2025),
                fields(of("关于印发《苏州工业园区科技创新三年行动计划（2023—2025年）》的通知", "")));
        assertEquals(List.of("长沙市", Level.CITY, "", 2024, 2024), fields(of("长沙市2024年科技创新工作要点", "")));
        assertEquals(List.of("萧山区", Level.DISTRICT, "杭州市", 2021, 2025),
                fields(of("杭州市萧山区人民政府办公室关于印发萧山区科技创新“十四五”规划的通知", "")));
    }
}
