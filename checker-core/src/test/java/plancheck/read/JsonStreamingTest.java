package plancheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plancheck.model.Figure;
import plancheck.model.Level;
import plancheck.model.Source;

/**
 * The streaming JSON reader: figures keep their line and quote in a large file, a plan's own
 * fields may follow its figures, bad input gives the same one-line messages; and on every kept
 * input, on hand-made variants, on every cut of a file and on random mutations it gives what
 * {@code json-reader-expected.tsv} says (messages, counts and a digest of the figures with their
 * provenance, one line per case, written down from the tree reader plancheck had before streaming).
 */
class JsonStreamingTest {
    @TempDir
    Path dir;

    private PlanData read(String name, String json) throws IOException {
        Path file = Files.writeString(dir.resolve(name), json);
        return new JsonPlanReader().read(file, name);
    }

    private static List<String> messages(PlanData d) {
        return d.errors().stream().map(InputError::toString).toList();
    }

    private static final String PLAN = "\"plan_id\": \"hb\", \"region\": \"河北区\", \"level\": \"district\", "
            + "\"parent\": \"天津市\", \"period_start\": 2020, \"period_end\": 2022";

    private static String figure(int year, String value) {
        return "{\"indicator\": \"有效发明专利\", \"unit\": \"件\", \"kind\": \"target\", \"year\": " + year
                + ", \"value\": " + value + ", \"quote\": \"" + year + "年达到" + value.replace("\"", "\\\"") + "件\"}";
    }

    /**
     * 60,000 figures over 300 plans, laid out in every way a writer might: figures on the line of
     * "figures": [, one per line, split over several lines; plan fields before and after the figures.
     */
    @Test
    void aLargeFileKeepsEveryFiguresLineAndQuote() throws IOException {
        Path file = dir.resolve("large.json");
        List<Integer> lines = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        int line = 1;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"plans\": [\n");
            line++;
            for (int plan = 0; plan < 300; plan++) {
                String fields = PLAN.replace("\"hb\"", "\"p" + plan + "\"").replace("河北区", "区" + plan);
                boolean fieldsAfter = plan % 2 == 1;
                w.write(plan == 0 ? "{" : ",{");
                if (!fieldsAfter) w.write(fields + ",");
                w.write("\"figures\": [");
                for (int i = 0; i < 200; i++) {
                    if (i > 0) w.write(",");
                    int layout = (plan + i) % 3;
                    if (layout > 0) { // a new line first
                        w.write("\n");
                        line++;
                    }
                    lines.add(line);
                    String quote = "第" + plan + "号规划第" + i + "个数字\\t\\\"引\\\"";
                    quotes.add("第" + plan + "号规划第" + i + "个数字\t\"引\"");
                    w.write("{\"indicator\": \"有效发明专利\", \"kind\": \"target\",");
                    if (layout == 2) { // the figure's own fields over three lines
                        w.write("\n  \"year\": " + (2020 + i % 3) + ",\n");
                        line += 2;
                    } else {
                        w.write(" \"year\": " + (2020 + i % 3) + ",");
                    }
                    w.write(" \"value\": " + (i * 10 + plan % 7) + ", \"source_line\": " + (i + 1)
                            + ", \"quote\": \"" + quote + "\"}");
                }
                w.write("]");
                if (fieldsAfter) w.write(",\n" + fields);
                if (fieldsAfter) line++;
                w.write("}\n");
                line++;
            }
            w.write("]}\n");
        }
        PlanData d = new JsonPlanReader().read(file, "large.json");
        assertEquals(List.of(), messages(d));
        assertEquals(0, d.rejected());
        assertEquals(300, d.plans().size());
        assertEquals(60_000, d.figures().size());
        for (int i = 0; i < d.figures().size(); i++) {
            Figure f = d.figures().get(i);
            int plan = i / 200;
            Source s = f.source();
            assertEquals("large.json", s.file());
            assertEquals(lines.get(i), s.line(), () -> "figure " + f);
            assertEquals(0, s.column());
            assertEquals(quotes.get(i), s.quote());
            assertEquals("p" + plan, f.planId());
            assertEquals("区" + plan, f.region(), "plan fields before or after the figures");
            assertEquals("天津市", f.parent());
            assertEquals((double) ((i % 200) * 10 + plan % 7), f.value());
        }
    }

    @Test
    void planFieldsAfterTheFiguresApplyToThem() throws IOException {
        PlanData d = read("after.json", "{\"plans\": [{\"figures\": [\n" + figure(2021, "100") + ",\n"
                + figure(2022, "\"120\"") + "],\n" + PLAN + ", \"title\": \"河北区三年行动计划\"}]}");
        assertEquals(List.of(), messages(d));
        assertEquals(1, d.plans().size());
        assertEquals("河北区三年行动计划", d.plans().get(0).title());
        assertEquals(2, d.figures().size());
        Figure f = d.figures().get(1);
        assertEquals("hb", f.planId());
        assertEquals(Level.DISTRICT, f.level());
        assertEquals(120.0, f.value(), "a number written as a string");
        assertEquals("after.json:3", f.source().toString());
        assertEquals("2022年达到\"120\"件", f.source().quote());
    }

    @Test
    void oneRootPlanNullsAndNumbersAsWritten() throws IOException {
        PlanData d = read("one.json", "\n\n{" + PLAN.replace("\"parent\": \"天津市\"", "\"parent\": null")
                + ", \"figures\": [" + figure(2021, "null") + ", " + figure(2022, "1.10e3") + "]}");
        assertEquals(List.of(), messages(d));
        assertNull(d.figures().get(0).value(), "null is a blank");
        assertEquals("", d.figures().get(0).parent());
        assertEquals(1100.0, d.figures().get(1).value());
        assertEquals("one.json:3", d.figures().get(1).source().toString());
    }

    /** Each bad input: the one line users see, with file, line (and column when the parser gives one). */
    @Test
    void badInputGivesItsOneLineMessages() throws IOException {
        String good = figure(2021, "100");
        assertEquals(List.of("b.json:2: field 'value' must be a number, or null for a blank"),
                messages(read("b.json", "[{" + PLAN + ", \"figures\": [\n" + figure(2022, "true") + "]}]")));
        assertEquals(List.of("b.json:1: field 'region' must be a plain value, not an array"),
                messages(read("b.json", "[{\"figures\": [" + good + ",\n" + good.replace("2021", "2022") + "], "
                        + PLAN.replace("\"河北区\"", "[\"河北区\"]") + "}]")));
        PlanData rejected = read("b.json", "[{\"figures\": [" + good + ", 5], " + PLAN.replace("2022", "{}") + "}]");
        assertEquals(List.of("b.json:1: field 'period_end' must be a plain value, not an object"), messages(rejected));
        assertEquals(2, rejected.rejected(), "every element of the plan's figures");
        assertEquals(List.of("b.json:1: plan has unknown field 'colour'", "b.json:1: plan has unknown field 'owner'"),
                messages(read("b.json", "[{\"colour\": 1, \"figures\": [" + good + "], " + PLAN + ", \"owner\": {}}]")));
        assertEquals(List.of("b.json:1: a plancheck report, not plan data (write reports outside the folders you check)"),
                messages(read("b.json", "{\"findings\": [], \"figures\": [" + good + "], \"summary\": {}}")));
        assertEquals(List.of("b.json:2: plan has no 'figures' array"),
                messages(read("b.json", "{\"plans\": [\n{" + PLAN + ", \"figures\": {}}]}")));
        assertEquals(List.of("b.json:1: a figure must be a JSON object", "b.json:3: figure has unknown field 'colour'",
                        "b.json:4: duplicate figure: the same as line 2"),
                messages(read("b.json", "[{" + PLAN + ", \"figures\": [[1],\n" + good + ",\n"
                        + good.replace("}", ", \"colour\": \"red\"}") + ",\n" + good + "]}]")));
        assertEquals(List.of("b.json:2: field 'year' must be a plain value, not an array"),
                messages(read("b.json", "[{" + PLAN + ", \"figures\": [\n" + good.replace("\"year\": 2021", "\"year\": [2021]")
                        .replace("\"value\": 100", "\"value\": {}") + "]}]")));
        assertEquals(List.of("b.json:2:115: malformed JSON: Duplicate field 'value'"),
                messages(read("b.json", "[{" + PLAN + ", \"figures\": [\n" + good.replace("}", ", \"value\": 1}") + "]}]")));
        // A plan cut off by broken JSON gives none of its figures; the plan before it gives all of its own.
        PlanData cut = read("b.json", "{\"plans\": [{" + PLAN + ", \"figures\": [" + good + "]},\n{"
                + PLAN.replace("hb", "hc") + ", \"figures\": [" + good + ",\n" + good + ", }]}");
        assertEquals(List.of("b.json:3:109: malformed JSON: Unexpected character ('}' (code 125)): expected a value"),
                messages(cut));
        assertEquals(1, cut.figures().size());
        assertEquals("hb", cut.figures().get(0).planId());
        assertEquals(List.of("b.json:2: value '1E+400' is not a number (write the number alone; put words such as 约 or 以上 in 'qualifier')"),
                messages(read("b.json", "[{" + PLAN + ", \"figures\": [\n" + figure(2021, "1e400") + "]}]")));
    }

    /** A boolean in a text field is read as its word, as Jackson's tree gave it (a boolean value is refused). */
    @Test
    void booleansInTextFieldsAreTheirWords() throws IOException {
        String good = figure(2021, "100");
        PlanData d = read("b.json", "[{" + PLAN + ", \"figures\": [" + good.replace("\"件\"", "false") + ", "
                + figure(2022, "100").replace("\"件\"", "true") + "]}]");
        assertEquals(List.of(), messages(d));
        assertEquals(List.of("false", "true"), d.figures().stream().map(f -> f.unit()).toList());
    }

    /** The kept inputs of every test: the bad-input files, the fuzzer's, the readers' test files. */
    @Test
    void theKeptInputsReadAsBefore() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String d : List.of("../cli/src/test/resources/bad-input", "src/test/resources/read",
                "src/test/resources/plancheck/read/ReaderFuzzTestInputs/json", "../cli/src/test/resources")) {
            try (Stream<Path> s = Files.walk(Path.of(d))) {
                s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".json")
                        || f.getParent().getFileName().toString().equals("json")).forEach(files::add);
            }
        }
        assertTrue(files.size() > 20, files::toString);
        for (Path f : files) expect("kept " + Path.of("").toAbsolutePath().relativize(f.toAbsolutePath()), f);
    }

    /** Hand-made variants: field order, types, nulls, numbers as strings, unknown and hidden keys, nesting. */
    @Test
    void variantsReadAsBefore() throws IOException {
        String good = figure(2021, "100");
        List<String> docs = new ArrayList<>();
        for (String value : List.of("100", "\"100\"", "1.50", "-0", "-0.0", "1e3", "1E-2", "\"１２０\"", "\" 12 \"", "null",
                "true", "false", "[]", "{}", "\"\"", "\"N/A\"", "\"1,110\"", "9".repeat(30), "1" + "0".repeat(99))) {
            docs.add("[{" + PLAN + ", \"figures\": [" + good + ",\n" + figure(2022, value) + "]}]");
        }
        for (String year : List.of("2022", "\"2022\"", "2022.0", "true", "null", "[2022]", "{\"y\": 2022}", "\"２０２２\"")) {
            docs.add("[{" + PLAN + ", \"figures\": [" + good.replace("\"year\": 2021", "\"year\": " + year) + "]}]");
            docs.add("[{" + PLAN.replace("\"period_start\": 2020", "\"period_start\": " + year) + ", \"figures\": [" + good + "]}]");
        }
        for (String key : List.of("plan_id", "region", "title", "figures", "findings", "summary", "colour", "\\u0000x",
                "indicator", "quote", "source_line")) {
            for (String v : List.of("\"x\"", "1", "null", "[]", "{}", "[[{}]]", "true")) {
                docs.add("[{" + PLAN + ", \"figures\": [" + good.replace("{", "{\"" + key + "\": " + v + ", ") + "]}]");
                if (!PLAN.contains("\"" + key + "\"")) {
                    docs.add("[{\"" + key + "\": " + v + ", " + PLAN + ", \"figures\": [" + good + "]}]");
                    docs.add("{\"figures\": [" + good + "], " + PLAN + ", \"" + key + "\": " + v + "}");
                }
            }
        }
        docs.add("{\"plans\": [{" + PLAN + ", \"figures\": [" + good + "]}], \"extra\": [1], \"more\": 2}");
        docs.add("{\"plans\": [5, {" + PLAN + ", \"figures\": [" + good + "]}]}");
        docs.add("{\"plans\": {}}");
        docs.add("{\"plans\": [{" + PLAN + ", \"figures\": [" + good + "]}]} {}");
        docs.add("[{" + PLAN + ", \"figures\": [" + good + "]}, [1], 2]");
        docs.add("[{" + PLAN + ", \"figures\": [" + good + ", " + good + ", 1, \"x\", null, [" + good + "]]}]");
        docs.add("{}");
        docs.add("[]");
        docs.add("\"plans\"");
        docs.add("");
        docs.add("\uFEFF[{" + PLAN + ", \"figures\": [" + good + "]}]");
        for (String br : List.of("\r\n", "\r", "\n\r", "\u2028")) {
            docs.add("{\"plans\": [" + br + "{" + PLAN + "," + br + " \"figures\": [" + br + good + "," + br + br
                    + figure(2022, "1") + "]}" + br + "]}" + br);
        }
        docs.add("[{" + PLAN + ", \"figures\": [" + good.replace("有效发明专利", "\\u6709\\u6548\\u53d1\\u660e\\u4e13\\u5229")
                + ", " + good.replace("件\"}", "件\\\\\"}") + "]}]");
        docs.add("[{" + PLAN + ", \"figures\": [" + good.replace("\"件\"", "\"" + "件".repeat(300) + "\"") + ", "
                + good.replace("2021", "2022").replace("\"件\"", "\"" + "件".repeat(300) + "\"") + "]}]");
        docs.add("[{" + PLAN + ", \"figures\": [" + good + "]}, {" + PLAN.replace("河北区", "河西区") + ", \"figures\": ["
                + good + "]}]");
        docs.add("[{" + PLAN + ", \"figures\": [" + good + "]}, {" + PLAN.replace("\"hb\"", "\"hc\"") + ", \"figures\": ["
                + good + "]}]");
        docs.add("{\"plans\": [{" + PLAN + ", \"title\": \"" + "长".repeat(1_000_001) + "\", \"figures\": [" + good + "]}]}");
        docs.add("{\"plans\": [{" + PLAN + ", \"figures\": [" + good.replace("年达到", "\\q") + "]}]}");
        docs.add("{\"plans\": [{" + PLAN + ", \"figures\": [" + good.replace("年达到", "\t") + "]}]}");
        docs.add("{\"plans\": [{" + PLAN + ", \"figures\": [" + good.replace("\"unit\": \"件\"", "\"unit\": \"\t\"") + "]}]}");
        docs.add("{\"plans\": [{" + PLAN + ", \"figures\": [" + good.replace("100", "0" + "1".repeat(120)) + "]}]}");
        docs.add("{\"plans\": [{" + PLAN + ", \"figures\": [" + good.replace("100", "1".repeat(120)) + "]}]}");
        docs.add("{\"plans\": [{" + PLAN + ", \"figures\": [" + good.replace("100", "1." + "1".repeat(120)) + "]}]}");
        docs.add("{\"plans\": [{" + PLAN + ", \"figures\": [" + good + "], \"x\": " + "[".repeat(70) + "]}]}");
        int i = 0;
        for (String doc : docs) {
            expect("variant " + i, Files.writeString(dir.resolve("v" + i++ + ".json"), doc));
        }
    }

    /**
     * Every prefix, byte by byte, of a file that has a bit of everything: broken JSON, or a character
     * cut in half, stops both readers at the same place.
     */
    @Test
    void everyCutReadsAsBefore() throws IOException {
        for (boolean nested : new boolean[] {false, true}) {
            byte[] doc = rich(nested).getBytes(StandardCharsets.UTF_8);
            Path file = dir.resolve("cut.json");
            for (int n = 0; n <= doc.length; n++) {
                Files.write(file, java.util.Arrays.copyOf(doc, n));
                expect("cut " + nested + " " + n, file);
            }
        }
    }

    /**
     * Random edits of the same file, seeded: one to three characters inserted, deleted or replaced,
     * or bytes that may not be UTF-8 at all.
     */
    @Test
    void randomEditsReadAsBefore() throws IOException {
        String doc = rich(false);
        Random r = new Random(20_240_601);
        Path file = dir.resolve("edit.json");
        for (int run = 0; run < 4000; run++) {
            Files.write(file, ReadExpectations.edit(r, doc, "{}[]:,\"\\ \n0123456789.-eEtrufalsn\u0000x件\uFEFF", run));
            expect("edit " + run, file);
        }
    }

    /**
     * Three plans with good figures and bad ones (a string value, a blank, an unknown field, a
     * boolean value, an element that is no figure), plan fields after the figures, a plan with a
     * bad period; with {@code nested}, that period is an array.
     */
    private static String rich(boolean nested) {
        String good = figure(2021, "100");
        return "{\"plans\": [\n{" + PLAN + ", \"title\": \"计划\",\n \"figures\": [" + good + ",\n"
                + figure(2022, "\"1.5e2\"") + ", " + figure(2022, "null").replace("target", "baseline") + ",\n"
                + good.replace("件\"}", "件\", \"colour\": 1}") + ", 7]},\n{\"figures\": [" + figure(2021, "true") + ",\n"
                + good + "], " + PLAN.replace("hb", "hc").replace("2020", nested ? "[2020]" : "\"20２0\"") + "},\n{\"figures\": ["
                + good.replace("2021", "2022") + "], " + PLAN.replace("hb", "hd") + ", \"note\": \"x\"}\n]}\n";
    }

    private static final ReadExpectations EXPECTED = new ReadExpectations("json-reader-expected.tsv");

    /** Reads {@code file} and compares what it gave with the expectation of case {@code name}. */
    private static void expect(String name, Path file) {
        EXPECTED.expect(name, file, new JsonPlanReader().read(file, file.getFileName().toString()));
    }
}
