package plancheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The byte-level CSV reader against commons-csv: on every file it takes, the plan data (figures,
 * plans, errors with their lines, rejected counts) must be exactly what the commons-csv path gives;
 * the files it must leave alone are those whose messages come from commons-csv or the decoder.
 */
class CsvScannerTest {
    private static final String HEADER = String.join(",", Columns.ALL);
    private static final String ROW = "p1,河北区,district,天津市,2021,2025,有效发明专利,全区,件,target,2025,1200,达到,doc.txt,%d,有效发明专利达到%d件";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    /** Asserts the scanner takes the file and agrees with commons-csv; returns what it read. */
    private PlanData taken(String text) throws IOException {
        return taken(text.getBytes(StandardCharsets.UTF_8));
    }

    private PlanData taken(byte[] bytes) throws IOException {
        Path f = write("t.csv", bytes);
        PlanData fast = CsvScanner.read(f, "t.csv", true);
        assertNotNull(fast, "the scanner should take this file");
        assertEquals(CsvPlanReader.readGeneral(f, "t.csv"), fast);
        return fast;
    }

    private void declined(byte[] bytes) throws IOException {
        assertNull(CsvScanner.read(write("t.csv", bytes), "t.csv", true), "left to commons-csv");
    }

    private static String rows(int n, String eol) {
        StringBuilder b = new StringBuilder(HEADER).append(eol);
        for (int i = 1; i <= n; i++) b.append(String.format(ROW, i, i)).append(eol);
        return b.toString();
    }

    @Test
    void plainRowsWithLfOrCrLfBomAndNoFinalLineBreak() throws IOException {
        assertEquals(3, taken(rows(3, "\n")).figures().size());
        assertEquals(3, taken(rows(3, "\r\n")).figures().size());
        assertEquals(3, taken("\uFEFF" + rows(3, "\n")).figures().size());
        PlanData d = taken(rows(3, "\n").stripTrailing());
        assertEquals("doc.txt:3", d.figures().get(2).source().toString());
    }

    @Test
    void emptyLinesAreSkippedButCounted() throws IOException {
        String text = HEADER + "\n\n" + String.format(ROW, 1, 1) + "\r\n\r\n\n" + "p1,河北区,town\n\n";
        PlanData d = taken(text);
        assertEquals(List.of("t.csv:6: row has 3 fields, the header has 16"),
                d.errors().stream().map(InputError::toString).toList());
    }

    @Test
    void quotedFieldsWithDelimitersLineBreaksAndDoubledQuotes() throws IOException {
        String text = HEADER + "\n"
                + "p1,河北区,district,,2021,2025,\"有效发明专利\",全区,件,target,2025,1200,,,,\"达到1,200件\"\n"
                + "p1,河北区,district,,2021,2025,有效发明专利,全区,件,target,2024,1100,,,,\"第一行\n第二行 \"\"引号\"\"\"\n"
                + "p1,河北区,district,,2021,2025,有效发明专利,全区,件,target,2023,\"\",,,,\"\"\n"
                + "p1,河北区,district,,2021,2025,有效发明专利,全区,件,target,2022,1000,,,,x,y\n";
        PlanData d = taken(text);
        assertEquals("第一行\n第二行 \"引号\"", d.figures().get(1).source().quote());
        assertEquals("t.csv:4", d.figures().get(1).source().toString(), "a record spanning lines: the line it ends on");
        assertEquals("t.csv:6: row has 17 fields, the header has 16", d.errors().get(0).toString());
    }

    @Test
    void columnsInAnyOrderOptionalOnesLeftOutAndTitle() throws IOException {
        String text = "value,year,kind,indicator,period_end,period_start,level,region,plan_id,title\n"
                + "１２００,2025,target,全区有效发明专利（件）,2025,2021,District ,河北区,p1,河北区规划\n"
                + " 4万 ,2024,target,有效发明专利,2025,2021,district,河北区,p1,河北区规划\n";
        PlanData d = taken(text);
        assertEquals(1200.0, d.figures().get(0).value());
        assertEquals("件", d.figures().get(0).unit());
        assertEquals(40000.0, d.figures().get(1).value());
        assertEquals("河北区规划", d.plans().get(0).title());
    }

    @Test
    void rowProblemsAndDuplicatesGiveTheUsualMessages() throws IOException {
        String ok = String.format(ROW, 7, 7);
        String text = HEADER + "\n" + ok + "\n" + ok + "\n"
                + ok.replace("1200", "1,200") + "\n" + ok.replace("district", "town") + "\n"
                + ok.replace(",2025,1200", ",二〇二五,1200") + "\n" + ok.replace("1200", "1e300") + "\n"
                + ok.replace("1200", "１２００") + "\n"
                + ok.replace("天津市", "北京市") + "\n" + ok.replace(",7,", ",x7,").replace("1200", "1300") + "\n";
        PlanData d = taken(text);
        assertEquals(8, d.rejected());
        assertEquals("t.csv:3: duplicate row: the same as line 2", d.errors().get(0).toString());
        assertEquals("t.csv:8: duplicate row: the same as line 2", d.errors().get(5).toString(),
                "full-width digits clean to the same row");
    }

    @Test
    void headerOnlyGivesNoFigures() throws IOException {
        assertEquals(0, taken(HEADER + "\n").figures().size());
        assertEquals(0, taken(HEADER).figures().size());
    }

    static Stream<String> unusual() {
        return Stream.of(
                "", "\n" + rows(1, "\n"), HEADER.replace("region", "\"region\"") + "\n",
                HEADER + ",colour\n", HEADER.replace("value", "region") + "\n", HEADER.replace(",value", "") + "\n",
                HEADER + "\n" + String.format(ROW, 1, 1).replace("有效发明专利达到", "有效\"发明\"专利") + "\n",
                HEADER + "\n" + String.format(ROW, 1, 1).replace(",达到,", ",\"达到\"x,") + "\n",
                HEADER + "\n" + String.format(ROW, 1, 1).replace(",达到,", ",\"达到,") + "\n",
                rows(2, "\r"), rows(2, "\n") + "\r");
    }

    @ParameterizedTest
    @MethodSource("unusual")
    void filesWhoseMessagesComeFromCommonsCsvAreLeftToIt(String text) throws IOException {
        declined(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bytesThatAreNotUtf8AreLeftToTheDecoder() throws IOException {
        byte[] good = rows(2, "\n").getBytes(StandardCharsets.UTF_8);
        int at = rows(1, "\n").getBytes(StandardCharsets.UTF_8).length; // the start of row 2
        for (byte[] bad : List.of(new byte[] {(byte) 0xB4}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xE6, (byte) 0xB2})) {
            byte[] b = good.clone();
            System.arraycopy(bad, 0, b, at, bad.length);
            declined(b);
        }
        declined(rows(1, "\n").getBytes(java.nio.charset.Charset.forName("GB18030")));
        byte[] wrongCount = (rows(1, "\n") + "a,\u00ff\n").getBytes(StandardCharsets.ISO_8859_1);
        declined(wrongCount); // a row that is rejected for its field count is still decoded
    }

    /** Records across buffer refills (256 KB): long quoted fields, line breaks and CJK text at every offset. */
    @Test
    void largeFileAgreesWithCommonsCsv() throws IOException {
        Random r = new Random(5);
        StringBuilder b = new StringBuilder("\uFEFF" + HEADER + "\r\n");
        for (int i = 0; i < 20_000; i++) {
            String quote = "目标" + "长".repeat(r.nextInt(40));
            if (r.nextInt(50) == 0) quote = "\"" + quote + "\n,\"\"\"";
            else if (r.nextInt(4000) == 0) quote = "\"" + quote + "\n,\"\"" + "x".repeat(r.nextInt(300_000)) + "\"";
            if (r.nextInt(500) == 0) quote = "x,y"; // a field too many
            b.append("p").append(i % 7).append(",区").append(i % 7).append(",district,,2021,2025,有效发明专利,全区,件,target,")
                    .append(2021 + r.nextInt(5)).append(',').append(r.nextInt(3000) / 10.0).append(",,doc.txt,")
                    .append(i).append(',').append(quote).append(r.nextBoolean() ? "\n" : "\r\n");
            if (r.nextInt(100) == 0) b.append("\n");
        }
        PlanData d = taken(b.toString());
        assertEquals(true, d.figures().size() > 15_000, "rows kept: " + d.figures().size());
    }

    /**
     * Plain quotes stay in the file and are read back the first time they are asked for; a quote
     * that cleaning changes (full-width digits, spaces to strip, doubled quotes) is held as cleaned.
     */
    @Test
    void plainQuotesAreReadBackFromTheFileWhenAsked() throws IOException {
        String text = HEADER + "\n" + String.format(ROW, 1, 1) + "\n"
                + String.format(ROW, 2, 2).replace("有效发明专利达到2件", "\" 全区达到１２件\"\"以上\"\"\"") + "\n"
                + String.format(ROW, 3, 3) + "\n";
        Path f = write("q.csv", text.getBytes(StandardCharsets.UTF_8));
        PlanData stored = CsvScanner.read(f, "q.csv", true);
        assertEquals("有效发明专利达到1件", stored.figures().get(0).source().quote());
        assertEquals("全区达到12件\"以上\"", stored.figures().get(1).source().quote());

        PlanData again = CsvScanner.read(f, "q.csv", true);
        PlanData held = CsvScanner.read(f, "q.csv", false);
        Files.writeString(f, text.replace("达到1件", "达到7件"));
        // Row 1's bytes changed: its quote cannot be read as it was and is left empty, never wrong.
        assertEquals("", again.figures().get(0).source().quote());
        assertEquals("全区达到12件\"以上\"", again.figures().get(1).source().quote());
        assertEquals("有效发明专利达到3件", again.figures().get(2).source().quote());
        assertEquals("有效发明专利达到1件", held.figures().get(0).source().quote(), "held in memory");
        // Once read, a quote is kept: the first figure's stays, though the file changed since.
        assertEquals("有效发明专利达到1件", stored.figures().get(0).source().quote());
        Files.delete(f);
        assertEquals("有效发明专利达到3件", held.figures().get(2).source().quote());
        PlanData gone = CsvScanner.read(write("g.csv", text.getBytes(StandardCharsets.UTF_8)), "g.csv", true);
        Files.delete(dir.resolve("g.csv"));
        assertEquals("", gone.figures().get(2).source().quote(), "the file is gone");
    }

    @Test
    void readQuotesReadsTheStoredQuotesOfSeveralFilesAtOnce() throws IOException {
        List<PlanData> read = new ArrayList<>();
        for (String name : List.of("a.csv", "b.csv")) {
            read.add(CsvScanner.read(write(name, rows(3, "\n").getBytes(StandardCharsets.UTF_8)), name, true));
        }
        List<plancheck.model.Source> sources = new ArrayList<>();
        for (PlanData d : read) d.figures().forEach(fig -> sources.add(fig.source()));
        Readers.readQuotes(sources);
        Files.delete(dir.resolve("a.csv"));
        Files.delete(dir.resolve("b.csv"));
        for (PlanData d : read) assertEquals("有效发明专利达到2件", d.figures().get(1).source().quote(), "read before the files went");
    }

    @Test
    void theReadersTestAndBadInputFilesReadAlike() throws IOException {
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(Path.of("src/test/resources/read"))) {
            s.filter(p -> p.toString().endsWith(".csv")).forEach(files::add);
        }
        try (var s = Files.list(Path.of("src/test/resources/plancheck/read/ReaderFuzzTestInputs/csv"))) {
            s.forEach(files::add);
        }
        int taken = 0;
        for (Path f : files) {
            PlanData fast = CsvScanner.read(f, "x.csv", true);
            if (fast == null) continue;
            taken++;
            assertEquals(CsvPlanReader.readGeneral(f, "x.csv"), fast, f.toString());
        }
        assertEquals(true, taken >= 10, "files taken: " + taken);
    }
}
