package plancheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plancheck.report.SarifReport;

/**
 * The SARIF report as its consumers take it: valid against the official SARIF 2.1.0 JSON schema
 * ({@code src/test/resources/schemas/sarif-schema-2.1.0.json}), and free of results of Microsoft's
 * SARIF Multitool's GitHub rules (what GitHub code scanning enforces) and of its SARIF errors and
 * warnings. The Multitool is the npm package .ci/run installs into .ci/tools; without it this test
 * fails and says how to install it.
 */
class SarifConsumersTest {
    static final String MULTITOOL = ".ci/tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "plan_id,region,level,parent,period_start,period_end,indicator,unit,kind,year,value,"
            + "source_file,source_line,quote\n";

    @TempDir
    static Path dir;
    /** Each scenario's SARIF, by name, written by the real command line. */
    private static final Map<String, Path> LOGS = new LinkedHashMap<>();

    @BeforeAll
    static void writeTheLogs() throws IOException {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        // Rows that quote a document which is not at hand, and one that is read from the document itself.
        Files.writeString(plans.resolve("missing-doc.csv"), HEADER
                + "p,河北区,district,天津市,2020,2022,有效发明专利,件,target,2021,1200,docs/not-here.txt,7,有效发明专利达到1200件\n"
                + "p,河北区,district,天津市,2020,2022,有效发明专利,件,target,2022,1100,docs/not-here.txt,9,\"达到1100件, 100%\"\n"
                + "p,河北区,district,天津市,2020,2022,高新技术企业,家,target,2022,,,,\n");
        Files.writeString(dir.resolve("waivers.csv"), "rule,region,indicator,year,reason\n"
                + "series.monotonic,河北区,有效发明专利,2022,the 2022 table is being revised\n");
        Files.writeString(dir.resolve("big.drl"), "package acme.rules;\nimport plancheck.model.*;\nimport plancheck.engine.*;\n"
                + "global FindingSink sink;\nrule \"acme.big-district-target\"\nwhen\n"
                + "    $f : Figure( kind == Kind.TARGET, value != null, value >= 1150 )\nthen\n"
                + "    sink.report(\"acme.big-district-target\", $f, \"district target \" + $f.value() + \" needs a review\");\nend\n");
        log("seeds", "--format", "sarif", "seeds/data/001_hebei-2020-2022.csv", "seeds/data/002_binhai-2021-2025.csv", "seeds/data/003_jinnan-2021-2025.csv", "seeds/reference");
        log("seeds-en", "--lang", "en", "--format", "sarif", "seeds/documents/001_daa27daca99d145a.txt", "seeds/documents/002_eb5fe5a3b1811268.txt", "seeds/documents/003_18d7a4ec9416ec41.txt", "seeds/reference");
        log("missing-doc", "--format", "sarif", "--source-root", dir.toString(), "--waivers", dir.resolve("waivers.csv").toString(),
                "--rules", dir.resolve("big.drl").toString(), plans.resolve("missing-doc.csv").toString());
        log("input-errors", "--format", "sarif", "seeds/reference", dir.resolve("nothing-here.csv").toString(),
                plans.resolve("missing-doc.csv").toString());
        log("outside-root", "--format", "sarif", "--source-root", "seeds/documents", "seeds/data/001_hebei-2020-2022.csv", "seeds/data/002_binhai-2021-2025.csv", "seeds/data/003_jinnan-2021-2025.csv", "seeds/reference");
    }

    private static void log(String name, String... args) throws IOException {
        Path out = dir.resolve(name + ".sarif");
        List<String> all = new ArrayList<>(List.of("check", "-o", out.toString()));
        all.addAll(List.of(args));
        Cli run = Cli.run(all.toArray(String[]::new));
        assertTrue(run.exit() <= 2 && Files.exists(out), name + ": " + run.err());
        LOGS.put(name, out);
    }

    private static JsonNode read(String name) throws IOException {
        return JSON.readTree(LOGS.get(name).toFile());
    }

    @Test
    void everyLogIsValidAgainstTheOfficialSchema() throws IOException {
        JsonSchema schema;
        try (InputStream in = SarifConsumersTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            assertNotNull(in, "the SARIF 2.1.0 schema is in the test resources");
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        for (String name : LOGS.keySet()) {
            Set<ValidationMessage> problems = schema.validate(read(name));
            assertTrue(problems.isEmpty(), name + ": " + problems);
        }
    }

    @Test
    void theMultitoolFindsNothingGitHubWouldReject() throws Exception {
        Path tool = multitool();
        Path out = dir.resolve("multitool.sarif");
        List<String> cmd = new ArrayList<>(List.of(tool.toString(), "validate", "--rule-kind", "Sarif;Gh",
                "--level", "Error;Warning;Note", "--kind", "Fail", "--log", "ForceOverwrite", "-o", out.toString()));
        for (Path p : LOGS.values()) cmd.add(p.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        // .NET without ICU (not every CI image has libicu), and its single-file bundle unpacked under target/.
        pb.environment().put("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1");
        pb.environment().put("DOTNET_BUNDLE_EXTRACT_BASE_DIR", Path.of("cli", "target", "dotnet").toAbsolutePath().toString());
        pb.environment().put("DOTNET_CLI_TELEMETRY_OPTOUT", "1");
        Process p = pb.start();
        String console = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the Multitool finished");
        assertEquals(0, p.exitValue(), console);
        JsonNode results = JSON.readTree(out.toFile()).path("runs").get(0).path("results");
        List<String> rejected = new ArrayList<>();
        int github = 0;
        for (JsonNode r : results) {
            String rule = r.path("ruleId").asText();
            String level = r.path("level").asText("warning");
            if (rule.startsWith("GH")) github++;
            // SARIF's own notes are advice (rule ids "tool.number" and the like); errors and warnings are not.
            if (rule.startsWith("GH") || level.equals("error") || level.equals("warning")) {
                rejected.add(rule + " " + r.path("message").path("arguments"));
            }
        }
        assertTrue(rejected.isEmpty(), "Multitool results:\n" + String.join("\n", rejected) + "\n" + console);
        assertEquals(0, github);
        assertTrue(console.contains(LOGS.size() + " files scanned"), console);
    }

    /** The Multitool named by -Dplancheck.sarifMultitool or $SARIF_MULTITOOL, else where .ci/run installs it. */
    static Path multitool() {
        String named = System.getProperty("plancheck.sarifMultitool", System.getenv("SARIF_MULTITOOL"));
        Path tool = Path.of(named != null && !named.isBlank() ? named : MULTITOOL);
        assertTrue(Files.isExecutable(tool), "no SARIF Multitool at " + tool + ": install it with 'npm install --no-save "
                + "--prefix .ci/tools @microsoft/sarif-multitool@5.7.0' (.ci/run does), or name it with "
                + "-Dplancheck.sarifMultitool=PATH or $SARIF_MULTITOOL");
        return tool;
    }

    @Test
    void resultsPointAtWhatWasReadWithFullRegions() throws IOException {
        JsonNode run = read("seeds").path("runs").get(0);
        assertEquals("%SRCROOT%", run.path("results").get(0).path("locations").get(0).path("physicalLocation")
                .path("artifactLocation").path("uriBaseId").asText());
        String root = run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText();
        assertEquals(Path.of("").toAbsolutePath().toUri().toString(), root);
        for (JsonNode res : run.path("results")) {
            JsonNode loc = res.path("locations").get(0).path("physicalLocation");
            JsonNode region = loc.path("region");
            for (String f : List.of("startLine", "startColumn", "endLine", "endColumn")) {
                assertTrue(region.path(f).asInt() >= 1, f + " in " + region);
            }
            // The snippet is the text from the region's column, as the file has it.
            String uri = loc.path("artifactLocation").path("uri").asText();
            String line = Files.readAllLines(Path.of(uri)).get(region.path("startLine").asInt() - 1);
            String snippet = region.path("snippet").path("text").asText();
            assertEquals(region.path("endColumn").asInt() - region.path("startColumn").asInt(), snippet.length());
            assertTrue(line.startsWith(snippet, region.path("startColumn").asInt() - 1), line + " / " + snippet);
            assertTrue(res.path("partialFingerprints").path(SarifReport.LINE_HASH).asText().matches("[0-9a-f]{32}:\\d+"));
            assertFalse(res.path("partialFingerprints").path(SarifReport.FINGERPRINT).asText().isEmpty());
        }
        // The document exists: it is the location, and the CSV row that quotes it a related one.
        JsonNode first = run.path("results").get(0);
        assertEquals("seeds/documents/001_daa27daca99d145a.txt", first.path("locations").get(0).path("physicalLocation")
                .path("artifactLocation").path("uri").asText());
        assertEquals("seeds/data/001_hebei-2020-2022.csv", first.path("relatedLocations").get(0).path("physicalLocation")
                .path("artifactLocation").path("uri").asText());

        // The document is not there: the CSV row is the location, the document it quotes related.
        JsonNode missing = read("missing-doc").path("runs").get(0);
        JsonNode monotonic = result(missing, "series.monotonic");
        JsonNode loc = monotonic.path("locations").get(0).path("physicalLocation");
        assertEquals("plans/missing-doc.csv", loc.path("artifactLocation").path("uri").asText());
        assertEquals(3, loc.path("region").path("startLine").asInt());
        assertTrue(loc.path("region").path("snippet").path("text").asText().startsWith("p,河北区,district"));
        JsonNode quoted = monotonic.path("relatedLocations").get(0).path("physicalLocation");
        // source_file is relative to the working folder, the URI to the source root.
        assertTrue(quoted.path("artifactLocation").path("uri").asText().endsWith("/docs/not-here.txt"));
        assertEquals(9, quoted.path("region").path("startLine").asInt());
        assertEquals("达到1100件, 100%", quoted.path("region").path("snippet").path("text").asText());

        // Outside the source root: relative all the same, never an absolute file URI.
        for (JsonNode res : read("outside-root").path("runs").get(0).path("results")) {
            String uri = res.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText();
            assertFalse(uri.startsWith("file:") || uri.startsWith("/"), uri);
        }
    }

    @Test
    void rulesAreDescribedInFullAndUserRulesByTheirId() throws IOException {
        JsonNode driver = read("missing-doc").path("runs").get(0).path("tool").path("driver");
        assertTrue(driver.path("informationUri").asText().startsWith("https://"));
        for (JsonNode rule : driver.path("rules")) {
            String id = rule.path("id").asText();
            for (String part : List.of("/shortDescription/text", "/fullDescription/text", "/help/text", "/help/markdown",
                    "/helpUri", "/properties/problem.severity")) {
                String text = rule.at(part).asText();
                assertFalse(text.isBlank() || text.startsWith(id + "."), id + part + ": " + text);
            }
            assertTrue(rule.path("properties").path("tags").size() >= 1, id);
        }
        JsonNode scope = rule(driver, "scope.label");
        assertEquals("high", scope.path("properties").path("precision").asText());
        assertTrue(scope.path("helpUri").asText().endsWith("#rule-scope.label"), scope.path("helpUri").asText());
        JsonNode user = rule(driver, "acme.big-district-target");
        assertEquals("acme.big-district-target", user.path("shortDescription").path("text").asText());
        assertEquals("error", user.path("properties").path("problem.severity").asText());
        assertEquals("recommendation", rule(driver, "indicator.unknown").path("properties").path("problem.severity").asText());
    }

    @Test
    void waivedFindingsAreSuppressedAndInputErrorsMakeTheRunUnsuccessful() throws IOException {
        JsonNode waived = read("missing-doc").path("runs").get(0);
        JsonNode monotonic = result(waived, "series.monotonic");
        JsonNode suppression = monotonic.path("suppressions").get(0);
        assertEquals("external", suppression.path("kind").asText());
        assertEquals("the 2022 table is being revised", suppression.path("justification").asText());
        JsonNode inv = waived.path("invocations").get(0);
        assertTrue(inv.path("executionSuccessful").asBoolean());
        assertEquals(1, inv.path("exitCode").asInt(), "target.blank and the user rule are errors");
        assertEquals("plancheck/", waived.path("automationDetails").path("id").asText());

        JsonNode failed = read("input-errors").path("runs").get(0).path("invocations").get(0);
        assertFalse(failed.path("executionSuccessful").asBoolean());
        assertEquals(2, failed.path("exitCode").asInt());
        JsonNode note = failed.path("toolExecutionNotifications").get(0);
        assertEquals("error", note.path("level").asText());
        assertTrue(note.path("message").path("text").asText().length() > 0);
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws IOException {
        Path again = dir.resolve("again.sarif");
        Cli.run("check", "-o", again.toString(), "--format", "sarif", "seeds/data/001_hebei-2020-2022.csv", "seeds/data/002_binhai-2021-2025.csv", "seeds/data/003_jinnan-2021-2025.csv", "seeds/reference");
        assertEquals(Files.readString(LOGS.get("seeds")), Files.readString(again));
    }

    private static JsonNode result(JsonNode run, String ruleId) {
        for (JsonNode r : run.path("results")) if (r.path("ruleId").asText().equals(ruleId)) return r;
        throw new AssertionError("no result of " + ruleId);
    }

    private static JsonNode rule(JsonNode driver, String id) {
        for (JsonNode r : driver.path("rules")) if (r.path("id").asText().equals(id)) return r;
        throw new AssertionError("no rule " + id);
    }
}
