package plancheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * The CSV reader: plain and quoted rows, line breaks of every kind, columns in any order, row
 * problems, malformed files and bytes that are not UTF-8; on each file the plan data (figures,
 * plans, errors with their lines, rejected counts) must be what {@code csv-reader-expected.tsv}
 * says (written down from the reader plancheck had before FastCSV, see {@link ReadExpectations}).
 */
class CsvPlanReaderTest {
    private static final ReadExpectations EXPECTED = new ReadExpectations("csv-reader-expected.tsv");

    private static final String HEADER = String.join(",", Columns.ALL);
    private static final String ROW = "p1,河北区,district,天津市,2021,2025,有效发明专利,全区,件,target,2025,1200,达到,doc.txt,%d,有效发明专利达到%d件";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    /** Reads the text as a file and compares the result with the expectation of case {@code name}. */
    private PlanData taken(String name, String text) throws IOException {
        return taken(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private PlanData taken(String name, byte[] bytes) throws IOException {
        Path f = write("t.csv", bytes);
        PlanData d = new CsvPlanReader().read(f, "t.csv");
        EXPECTED.expect(name, f, d);
        return d;
    }

    private static String rows(int n, String eol) {
        StringBuilder b = new StringBuilder(HEADER).append(eol);
        for (int i = 1; i <= n; i++) b.append(String.format(ROW, i, i)).append(eol);
        return b.toString();
    }

    @Test
    void plainRowsWithLfOrCrLfBomAndNoFinalLineBreak() throws IOException {
        assertEquals(3, taken("plainRowsWithLfOrCrLfBomAndNoFinalLineBreak 1", rows(3, "\n")).figures().size());
        assertEquals(3, taken("plainRowsWithLfOrCrLfBomAndNoFinalLineBreak 2", rows(3, "\r\n")).figures().size());
        assertEquals(3, taken("plainRowsWithLfOrCrLfBomAndNoFinalLineBreak 3", "\uFEFF" + rows(3, "\n")).figures().size());
        PlanData d = taken("plainRowsWithLfOrCrLfBomAndNoFinalLineBreak 4", rows(3, "\n").stripTrailing());
        assertEquals("doc.txt:3", d.figures().get(2).source().toString());
    }

    /** The edges of what a row may hold: years 1900 to 2200, values under 10^15, nine-digit lines, shares in %. */
    @Test
    void rowLimitsAreWhereTheMessagesSay() throws IOException {
        assertEquals(List.of(1900, 2200, -1, -1, -1), Stream.of("1900", "2200", "1899", "2201", "20２5")
                .map(RowParser::year).toList());
        assertEquals(List.of(123456789, -1, -1, -1), Stream.of("123456789", "1234567890", "", "12a")
                .map(RowParser::lineNumber).toList());
        String base = "p1,河北区,district,天津市,2021,2025,有效发明专利,全区,%s,%s,%s,%s,,doc.txt,%s,q\n";
        String text = HEADER + "\n" + String.format(base, "件", "target", "1900", "1", "123456789")
                + String.format(base, "件", "target", "2200", "999999999999999", "1")
                + String.format(base, "件", "target", "2201", "1", "1")
                + String.format(base, "件", "target", "2024", "1000000000000000", "1")
                + String.format(base, "件", "target", "2023", "-1000000000000000", "1")
                + String.format(base, "%", "share", "2022", "30", "2")
                + String.format(base, "件", "share", "2021", "30", "3");
        PlanData d = new CsvPlanReader().read(write("limits.csv", text.getBytes(StandardCharsets.UTF_8)), "limits.csv");
        assertEquals(List.of("limits.csv:4: year '2201' is not a year",
                "limits.csv:5: value '1000000000000000' is too large for a plan figure",
                "limits.csv:6: value '-1000000000000000' is too large for a plan figure",
                "limits.csv:8: a share is a percentage: unit must be '%', not '件'"), ReadExpectations.messages(d));
        assertEquals(List.of(1900, 2200, 2022), d.figures().stream().map(f -> f.year()).toList());
        assertEquals(123456789, d.figures().get(0).source().line());
    }

    @Test
    void emptyLinesAreSkippedButCounted() throws IOException {
        String text = HEADER + "\n\n" + String.format(ROW, 1, 1) + "\r\n\r\n\n" + "p1,河北区,town\n\n";
        PlanData d = taken("emptyLinesAreSkippedButCounted 1", text);
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
        PlanData d = taken("quotedFieldsWithDelimitersLineBreaksAndDoubledQuotes 1", text);
        assertEquals("第一行\n第二行 \"引号\"", d.figures().get(1).source().quote());
        assertEquals("t.csv:4", d.figures().get(1).source().toString(), "a record spanning lines: the line it ends on");
        assertEquals("t.csv:6: row has 17 fields, the header has 16", d.errors().get(0).toString());
    }

    @Test
    void columnsInAnyOrderOptionalOnesLeftOutAndTitle() throws IOException {
        String text = "value,year,kind,indicator,period_end,period_start,level,region,plan_id,title\n"
                + "１２００,2025,target,全区有效发明专利（件）,2025,2021,District ,河北区,p1,河北区规划\n"
                + " 4万 ,2024,target,有效发明专利,2025,2021,district,河北区,p1,河北区规划\n";
        PlanData d = taken("columnsInAnyOrderOptionalOnesLeftOutAndTitle 1", text);
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
        PlanData d = taken("rowProblemsAndDuplicatesGiveTheUsualMessages 1", text);
        assertEquals(8, d.rejected());
        assertEquals("t.csv:3: duplicate row: the same as line 2", d.errors().get(0).toString());
        assertEquals("t.csv:8: duplicate row: the same as line 2", d.errors().get(5).toString(),
                "full-width digits clean to the same row");
    }

    @Test
    void headerOnlyGivesNoFigures() throws IOException {
        assertEquals(0, taken("headerOnlyGivesNoFigures 1", HEADER + "\n").figures().size());
        assertEquals(0, taken("headerOnlyGivesNoFigures 2", HEADER).figures().size());
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
    void malformedFilesGiveTheirMessages(String text) throws IOException {
        taken("unusual " + Integer.toHexString(text.hashCode()), text);
    }

    @Test
    void bytesThatAreNotUtf8AreNamedByLine() throws IOException {
        byte[] good = rows(2, "\n").getBytes(StandardCharsets.UTF_8);
        int at = rows(1, "\n").getBytes(StandardCharsets.UTF_8).length; // the start of row 2
        for (byte[] bad : List.of(new byte[] {(byte) 0xB4}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xE6, (byte) 0xB2})) {
            byte[] b = good.clone();
            System.arraycopy(bad, 0, b, at, bad.length);
            taken("not utf-8 " + bad.length + " " + Byte.toUnsignedInt(bad[0]), b);
        }
        taken("gb18030", rows(1, "\n").getBytes(java.nio.charset.Charset.forName("GB18030")));
        byte[] wrongCount = (rows(1, "\n") + "a,\u00ff\n").getBytes(StandardCharsets.ISO_8859_1);
        taken("latin-1 in a rejected row", wrongCount); // a row that is rejected for its field count is still decoded
    }

    /** Records across buffer refills: long quoted fields, line breaks and CJK text at every offset. */
    @Test
    void largeFileWithLongQuotedFields() throws IOException {
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
        PlanData d = taken("largeFileWithLongQuotedFields 1", b.toString());
        assertEquals(true, d.figures().size() > 15_000, "rows kept: " + d.figures().size());
    }

    @Test
    void theReadersTestAndBadInputFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(Path.of("src/test/resources/read"))) {
            s.filter(p -> p.toString().endsWith(".csv")).forEach(files::add);
        }
        try (var s = Files.list(Path.of("src/test/resources/plancheck/read/ReaderFuzzTestInputs/csv"))) {
            s.forEach(files::add);
        }
        try (var s = Files.list(Path.of("../cli/src/test/resources/bad-input"))) {
            s.filter(p -> p.toString().endsWith(".csv")).forEach(files::add);
        }
        for (Path f : files) EXPECTED.expect("kept " + f, f, new CsvPlanReader().read(f, "x.csv"));
        assertEquals(true, files.size() >= 30, "files: " + files.size());
    }

    /** A file with a bit of everything: BOM, CRLF, empty lines, quoted fields over lines, doubled quotes, bad rows. */
    private static String rich() {
        return "\uFEFF" + HEADER + "\r\n" + String.format(ROW, 1, 1) + "\r\n\r\n"
                + String.format(ROW, 2, 2).replace("有效发明专利达到2件", "\"第一行\r\n第二行 \"\"引号\"\",\"") + "\n"
                + String.format(ROW, 3, 3).replace("1200", "１,２００") + "\n"
                + String.format(ROW, 4, 4).replace(",达到,", ",\" 达到 \",") + ",extra\n\n"
                + String.format(ROW, 5, 5).replace("district", "town") + "\n" + String.format(ROW, 1, 1) + "\n";
    }

    /** Every prefix, byte by byte, of a rich file: a record or a character cut anywhere. */
    @Test
    void everyCutOfARichFile() throws IOException {
        byte[] doc = rich().getBytes(StandardCharsets.UTF_8);
        for (int n = 0; n <= doc.length; n++) {
            Path f = write("cut.csv", java.util.Arrays.copyOf(doc, n));
            EXPECTED.expect("cut " + n, f, new CsvPlanReader().read(f, "cut.csv"));
        }
    }

    /** Random edits of the rich file, seeded: characters inserted, deleted or replaced, or bytes that may not be UTF-8. */
    @Test
    void randomEditsOfARichFile() throws IOException {
        String doc = rich();
        Random r = new Random(20_261_206);
        for (int run = 0; run < 3000; run++) {
            Path f = write("edit.csv", ReadExpectations.edit(r, doc, ",\"\r\n 0123456789.x件\uFEFF１", run));
            EXPECTED.expect("edit " + run, f, new CsvPlanReader().read(f, "edit.csv"));
        }
    }
}
