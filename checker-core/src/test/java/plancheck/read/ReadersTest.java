package plancheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plancheck.model.Figure;
import plancheck.model.Kind;
import plancheck.model.Level;
import plancheck.model.Qualifier;

/** The CSV and JSON readers on good and bad files, with the messages users see. */
class ReadersTest {
    private static final Path DIR = Path.of("src/test/resources/read");

    private static PlanData read(String name) {
        Path file = DIR.resolve(name);
        return Readers.standard().forFile(file).orElseThrow().read(file, name);
    }

    private static List<String> messages(PlanData d) {
        return d.errors().stream().map(InputError::toString).toList();
    }

    @Test
    void csvWithBomFullWidthDigitsScopesUnitsAndBlanks() {
        PlanData d = read("good.csv");
        assertEquals(List.of(), d.errors());
        assertEquals(2, d.plans().size());
        assertEquals(4, d.figures().size());
        Figure table = d.figures().get(0);
        assertEquals("有效发明专利", table.indicatorText());
        assertEquals("全市", table.scope());
        assertEquals("件", table.unit());
        assertEquals(Level.DISTRICT, table.level());
        assertEquals("doc.txt:86", table.source().toString());
        assertEquals(20.0, d.figures().get(1).value());
        assertEquals("good.csv:3", d.figures().get(1).source().toString(), "no source_file: the CSV row");
        Figure blank = d.figures().get(2);
        assertNull(blank.value());
        assertEquals(Qualifier.AT_LEAST, blank.qualifier());
        assertEquals(40000.0, d.figures().get(3).value(), "4万 = 40000");
        assertEquals(Kind.TARGET, d.figures().get(3).kind());
    }

    @Test
    void csvBadRowsAreReportedWithLineAndReasonAndTheGoodRowIsKept() {
        PlanData d = read("bad-rows.csv");
        assertEquals(List.of(
                "bad-rows.csv:2: value '1,110' is not a number (write it without thousands separators)",
                "bad-rows.csv:3: value '约1110' is not a number (write the number alone; put words such as 约 or 以上 in 'qualifier')",
                "bad-rows.csv:4: unknown level 'town' (expected province, city, district or county)",
                "bad-rows.csv:5: unknown kind 'goal' (expected target, baseline or share)",
                "bad-rows.csv:6: year '22' is not a year"), messages(d));
        assertEquals(5, d.rejected());
        assertEquals(1, d.figures().size());
        assertEquals(Qualifier.EXCEED, d.figures().get(0).qualifier());
    }

    @Test
    void csvMissingHeaderColumnIsOneError() {
        PlanData d = read("missing-column.csv");
        assertEquals(List.of("missing-column.csv:1: header lacks column year"), messages(d));
        assertTrue(d.figures().isEmpty());
    }

    @Test
    void jsonPlanWithFigures() {
        PlanData d = read("good.json");
        assertEquals(List.of(), d.errors());
        assertEquals(1, d.plans().size());
        assertEquals(2, d.figures().size());
        assertEquals(1110.0, d.figures().get(0).value());
        assertEquals("doc.txt:22", d.figures().get(0).source().toString());
        assertEquals("全市", d.figures().get(1).scope());
        assertEquals("亿元", d.figures().get(1).unit());
        assertNull(d.figures().get(1).value());
        assertEquals("good.json:7", d.figures().get(1).source().toString());
    }

    @Test
    void jsonBadFiguresAndTruncatedFile() {
        PlanData d = read("bad.json");
        List<String> m = messages(d);
        assertEquals("bad.json:5: value 'N/A' is not a number (leave it empty when the document left the number blank)", m.get(0));
        assertEquals("bad.json:6: field 'value' must be a plain value, not an array", m.get(1));
        assertEquals("bad.json:7: figure has unknown field 'colour'", m.get(2));
        assertTrue(m.get(3).startsWith("bad.json:10:") && m.get(3).contains("malformed JSON"), m.get(3));
        assertEquals(4, m.size());
    }

    @Test
    void missingFileIsNamed() {
        var listing = plancheck.InputFiles.expand(List.of(DIR.resolve("nope.csv")), Readers.standard());
        assertEquals(List.of(DIR.resolve("nope.csv") + ": no such file or folder"),
                listing.errors().stream().map(InputError::toString).toList());
    }

    @Test
    void aLongQuotedValueStillEndsWithWhatIsWrong(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String header = String.join(",", Columns.ALL) + "\n";
        String row = "p,甲区,district,市,2021,2025,有效发明专利,,件,target,2022,12\u0001x" + "9".repeat(400) + ",,,,\n";
        Path file = java.nio.file.Files.writeString(dir.resolve("long.csv"), header + row);
        List<String> m = messages(new CsvPlanReader().read(file, "long.csv"));
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).startsWith("long.csv:2: value '12\\u0001x999"), m.get(0));
        assertTrue(m.get(0).contains("…") && m.get(0).contains("9' is not a number"), m.get(0));
        assertTrue(m.get(0).length() < 340, m.get(0));
    }

    @Test
    void aBareArrayWithAStrayElementIsOneError(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("a.json"), "[{\"plan_id\":\"x\"}, 5, 6]\n");
        List<String> m = messages(new JsonPlanReader().read(file, "a.json"));
        assertEquals(List.of("a.json:1:20: expected a plan object in the array"),
                m.stream().filter(x -> !x.contains("plan has no 'figures'")).toList());
    }

    /** GBK is guessed only for text of the common Chinese ranges, nine characters in ten at least. */
    @Test
    void plausibleChineseIsNineInTenOfTheCommonRanges() {
        for (char c : new char[] {0x7F, 0x4E00, 0x9FFF, 0x3000, 0x303F, 0xFF00, 0xFFEF, 0x2010, 0x2027}) {
            assertTrue(Inputs.plausibleChinese(String.valueOf(c)), Integer.toHexString(c));
        }
        for (char c : new char[] {0x80, 0x4DFF, 0xA000, 0x2FFF, 0x3040, 0xFEFF, 0xFFF0, 0x200F, 0x2028}) {
            assertFalse(Inputs.plausibleChinese(String.valueOf(c)), Integer.toHexString(c));
        }
        assertTrue(Inputs.plausibleChinese(""));
        assertTrue(Inputs.plausibleChinese("a".repeat(9) + "\u0080"));
        assertFalse(Inputs.plausibleChinese("a".repeat(89) + "\u0080".repeat(11)));
    }

    /** A bad byte past the first 8 KB chunk is still named by its line and offset. */
    @Test
    void aBadByteIsNamedByLineAndOffsetPastTheFirstChunk(@TempDir Path dir) throws IOException {
        byte[] text = "abcdefghij\n".repeat(1000).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] bytes = java.util.Arrays.copyOf(text, text.length + 2);
        bytes[text.length] = (byte) 0xB0;
        bytes[text.length + 1] = '\n';
        InputError e = Inputs.notUtf8(Files.write(dir.resolve("long.csv"), bytes), "long.csv", "CSV");
        assertEquals("long.csv:1001: not UTF-8 text: save the CSV as UTF-8 (byte 0xB0 at offset 11000 is not valid UTF-8)",
                e.toString());
    }
}
