package plancheck.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plancheck.model.Figure;
import plancheck.read.PlanData;

/**
 * Documents stitched at random from the pieces plan texts are made of (a fixed seed, so every run
 * reads the same documents): the reader never fails on them, and every figure it gives has a
 * place, a year within reach of the plan, and a unit.
 */
class ArbitraryTextTest {
    private static final List<String> PIECES = List.of("到2025年，", "截至2020年底，", "“十三五”期间，", "2019年",
            "全区", "全市", "其中", "国家级", "高新技术企业", "有效发明专利", "技术合同成交额", "“雏鹰”企业、“瞪羚”企业",
            "分别达到", "达到", "突破", "力争达到", "达 ", "   ", "由", "增长到", "较上年增长", "占比", "全市占比分别达到",
            "125", "4万", "1.3", "１２３", "５．５", "家", "件", "亿元", "%", "％", "以上", "、", "和", "，", "；", "。",
            "\n", "\n一、发展目标\n", "\n（一）发展基础\n", "\n二、重点任务\n", "科技园", "等", "5G", "〔2020〕", "1．",
            "\n序号\n工作目标\n2020年\n2021年\n\n1\n全市有效发明专利（件）\n", "\t", "（", "）", "[bookmark: _Toc1]");

    @Test
    void randomDocumentsNeverBreakTheReader(@TempDir Path dir) throws Exception {
        Random random = new Random(20201231L);
        TextPlanReader reader = RealCatalogue.reader();
        for (int doc = 0; doc < 300; doc++) {
            StringBuilder b = new StringBuilder("天津市河北区科技创新三年行动计划（2020—2022年）\n");
            int n = 20 + random.nextInt(200);
            for (int k = 0; k < n; k++) b.append(PIECES.get(random.nextInt(PIECES.size())));
            Path file = dir.resolve("doc" + doc + ".txt");
            Files.writeString(file, b, StandardCharsets.UTF_8);
            PlanData d = reader.read(file, file.getFileName().toString());
            assertEquals(List.of(), d.errors(), b.toString());
            for (Figure f : d.figures()) {
                assertTrue(f.source().line() > 1 && f.source().column() > 0, b.toString());
                assertTrue(f.year() >= 2015 && f.year() <= 2025, f + "\n" + b);
                assertTrue(!f.indicatorText().isBlank(), f + "\n" + b);
            }
        }
    }
}
