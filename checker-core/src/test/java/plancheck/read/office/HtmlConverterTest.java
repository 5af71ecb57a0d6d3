package plancheck.read.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plancheck.read.document.Document.Cell;
import plancheck.read.document.Document.Paragraph;
import plancheck.read.document.Document.Table;
import plancheck.read.document.Located;

class HtmlConverterTest {
    @TempDir
    Path dir;

    @Test
    void spansAreRepeatedLinesAreTheFilesAndGbkIsReadByItsMeta() throws Exception {
        String page = String.join("\n", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">",
                "<title>天津市津南区科技创新规划</title></head><body>",
                "<p>到2022年，全区高新技术企业<b>达到</b>300家。<br>第二段</p>",
                "<table><tr><th rowspan=\"2\">指标</th><th colspan=\"2\">目标值</th></tr>",
                "<tr><th>2021年</th><th>2022年</th></tr>",
                "<tr><td>高新技术企业</td><td>280</td><td>290</td></tr></table>",
                "<script>var a = '2022年达到999家';</script></body></html>");
        Path f = dir.resolve("plan.html");
        Files.write(f, page.getBytes(Charset.forName("GBK")));
        Located l = HtmlConverter.read(f);
        List<Object> blocks = List.copyOf(l.document().blocks());
        assertEquals(new Paragraph("天津市津南区科技创新规划", l.document().blocks().get(0) instanceof Paragraph p ? p.place() : null), blocks.get(0));
        Paragraph body = (Paragraph) blocks.get(1);
        assertEquals("到2022年，全区高新技术企业达到300家。", body.text());
        assertEquals(3, body.place().line());
        assertEquals("第二段", ((Paragraph) blocks.get(2)).text());
        Table t = (Table) blocks.get(3);
        assertEquals(List.of("指标", "目标值", "目标值"), t.rows().get(0).stream().map(Cell::text).toList());
        assertEquals(List.of("指标", "2021年", "2022年"), t.rows().get(1).stream().map(Cell::text).toList());
        assertEquals(List.of("高新技术企业", "280", "290"), t.rows().get(2).stream().map(Cell::text).toList());
        Cell c = t.rows().get(2).get(2);
        assertEquals(6, c.place().line());
        assertEquals("table=1;row=3;column=3", c.place().locator());
        assertEquals(4, blocks.size(), "the script's text is not read");
    }
}
