package plancheck.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import plancheck.model.Level;

/** The plan a document is, from its title. */
class PlanMetadataTest {
    private static PlanMetadata of(String title, String text) {
        return PlanMetadata.fromTitle(title, text, "doc").orElseThrow();
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
    void cityPlanAndUnknownRegion() {
        PlanMetadata city = of("天津市科技创新三年行动计划（2020—2022年）", "");
        assertEquals(List.of("tianjin-2020-2022", "天津市", Level.CITY, ""),
                List.of(city.planId(), city.region(), city.level(), city.parent()));
        PlanMetadata other = PlanMetadata.fromTitle("某某县科技创新“十四五”规划", "", "my plan").orElseThrow();
        assertEquals(List.of("my-plan-2021-2025", Level.COUNTY), List.of(other.planId(), other.level()));
        assertTrue(PlanMetadata.fromTitle("科技创新规划", "", "x").isEmpty(), "no region");
        assertTrue(PlanMetadata.fromTitle("河东区科技创新规划", "", "x").isEmpty(), "no period");
    }

    @Test
    void titleFoundPastTheIssuingNotice() {
        List<String> lines = List.of("河北政发〔2020〕12号", "", "河北区人民政府关于印发天津市河北区",
                "科技创新三年行动计划（2020—2022年）的通知", "", "天津市河北区科技创新三年行动计划", "", "（2020—2022年）");
        PlanMetadata m = PlanMetadata.detect(lines, "001").orElseThrow();
        assertEquals("天津市河北区科技创新三年行动计划（2020—2022年）", m.title());
    }
}
