package plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import plancheck.CheckResult;
import plancheck.engine.Finding;
import plancheck.engine.RuleCatalogue;
import plancheck.engine.RuleInfo;
import plancheck.engine.Severity;
import plancheck.model.Source;

/** The seeds' SARIF read back and checked against what SARIF 2.1.0 requires of each part. */
class SarifReportTest {
    private static final Set<String> LEVELS = Set.of("none", "note", "warning", "error");
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode sarif(CheckResult r, String lang) throws Exception {
        return json.readTree(Seeds.render(new SarifReport(), r, lang));
    }

    @Test
    void hasTheStructureTheSpecRequires() throws Exception {
        JsonNode root = sarif(Seeds.check(), "zh");
        assertEquals("2.1.0", root.path("version").asText());
        assertEquals(SarifReport.SCHEMA, root.path("$schema").asText());
        assertEquals(1, root.path("runs").size());
        JsonNode run = root.path("runs").get(0);
        JsonNode driver = run.path("tool").path("driver");
        assertEquals("plancheck", driver.path("name").asText());
        assertFalse(driver.path("version").asText().isBlank());

        JsonNode rules = driver.path("rules");
        assertTrue(rules.isArray());
        Set<String> ids = new HashSet<>();
        for (JsonNode rule : rules) {
            String id = rule.path("id").asText();
            assertTrue(ids.add(id), "rule ids are unique: " + id);
            assertFalse(rule.path("shortDescription").path("text").asText().isBlank(), id);
            assertFalse(rule.path("fullDescription").path("text").asText().isBlank(), id);
            assertTrue(LEVELS.contains(rule.path("defaultConfiguration").path("level").asText()), id);
            assertTrue(rule.path("name").asText().matches("[A-Z][A-Za-z0-9]*"), "a readable id: " + rule.path("name"));
            String name = rule.path("shortDescription").path("text").asText();
            RuleCatalogue.standard().get(id).ifPresent(r -> assertTrue(name.equals(r.zh().name()) || name.equals(r.en().name()),
                    "texts come from the descriptor: " + name));
        }
        for (RuleInfo r : RuleCatalogue.standard().all()) {
            assertTrue(ids.contains(r.id()), "every catalogue rule is described: " + r.id());
        }
        assertEquals("note", rules.get(index(rules, "indicator.unknown")).path("defaultConfiguration").path("level").asText());

        JsonNode results = run.path("results");
        assertEquals(4, results.size(), "the seeds' 2 errors and 2 warnings");
        List<String> levels = new ArrayList<>();
        Set<String> prints = new HashSet<>();
        for (JsonNode res : results) {
            String ruleId = res.path("ruleId").asText();
            int ruleIndex = res.path("ruleIndex").asInt(-1);
            assertTrue(ruleIndex >= 0 && ruleIndex < rules.size(), "ruleIndex in range");
            assertEquals(ruleId, rules.get(ruleIndex).path("id").asText(), "ruleIndex points at the result's rule");
            String level = res.path("level").asText();
            assertTrue(LEVELS.contains(level), level);
            levels.add(level);
            assertFalse(res.path("message").path("text").asText().isBlank());
            JsonNode loc = res.path("locations").get(0).path("physicalLocation");
            String uri = loc.path("artifactLocation").path("uri").asText();
            assertTrue(uri.startsWith("seeds/documents/"), "relative to the working folder: " + uri);
            assertEquals("%SRCROOT%", loc.path("artifactLocation").path("uriBaseId").asText());
            assertTrue(loc.path("region").path("startLine").asInt() >= 1);
            JsonNode fp = res.path("partialFingerprints");
            assertTrue(fp.isObject() && fp.size() >= 1);
            fp.fields().forEachRemaining(e -> assertTrue(e.getValue().isTextual()));
            assertTrue(prints.add(fp.path(SarifReport.FINGERPRINT).asText()), "fingerprints tell findings apart");
        }
        assertEquals(List.of("error", "error", "warning", "warning"), levels);
        JsonNode first = results.get(0).path("locations").get(0).path("physicalLocation");
        assertEquals("seeds/documents/001_daa27daca99d145a.txt", first.path("artifactLocation").path("uri").asText());
        assertEquals(86, first.path("region").path("startLine").asInt());
        // The share warnings point also at the CSV row read and at the city target they compare with.
        JsonNode related = results.get(2).path("relatedLocations");
        assertEquals("seeds/data/002_binhai-2021-2025.csv", related.get(0).path("physicalLocation")
                .path("artifactLocation").path("uri").asText());
        assertEquals("seeds/reference/tianjin-city-targets.md", related.get(1).path("physicalLocation")
                .path("artifactLocation").path("uri").asText());
    }

    @Test
    void twoRunsGiveTheSameBytesAndFingerprints() {
        String a = Seeds.render(new SarifReport(), Seeds.check(), "zh");
        String b = Seeds.render(new SarifReport(), Seeds.check(), "zh");
        assertEquals(a, b);
    }

    @Test
    void fingerprintIgnoresWhereTheFindingMovedTo() {
        Finding at86 = new Finding("scope.label", Severity.ERROR, "p", "河北区", "invention-patents", 2020,
                new Source("doc.txt", 86, 0, "1000"), List.of("district", "全市", "河北区"), List.of());
        Finding at90 = new Finding("scope.label", Severity.ERROR, "p", "河北区", "invention-patents", 2020,
                new Source("doc.txt", 90, 3, "1000"), List.of("district", "全市", "河北区"), List.of());
        Finding other = new Finding("scope.label", Severity.ERROR, "p", "河北区", "invention-patents", 2021,
                new Source("doc.txt", 86, 0, "1000"), List.of("district", "全市", "河北区"), List.of());
        assertEquals(SarifReport.fingerprint(at86), SarifReport.fingerprint(at90));
        assertNotEquals(SarifReport.fingerprint(at86), SarifReport.fingerprint(other));
    }

    @Test
    void messagesFollowTheLanguage() throws Exception {
        JsonNode run = sarif(Seeds.check(), "en").path("runs").get(0);
        assertEquals("en-US", run.path("language").asText());
        assertTrue(run.path("results").get(0).path("message").path("text").asText().startsWith("The figure is labelled"));
        JsonNode scope = run.path("tool").path("driver").path("rules").get(index(run.path("tool").path("driver").path("rules"), "scope.label"));
        assertEquals("Wrong scope label", scope.path("shortDescription").path("text").asText());
        assertEquals("ScopeLabel", scope.path("name").asText());
    }

    @Test
    void pathsAreUriReferences() {
        assertEquals("seeds/%E6%96%87%E4%BB%B6%20a.txt", SarifReport.relativeUri("seeds/文件 a.txt"));
    }

    private static int index(JsonNode rules, String id) {
        for (int i = 0; i < rules.size(); i++) if (rules.get(i).path("id").asText().equals(id)) return i;
        throw new AssertionError("no rule " + id);
    }
}
