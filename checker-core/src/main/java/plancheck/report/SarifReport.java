package plancheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import plancheck.CheckResult;
import plancheck.engine.Finding;
import plancheck.engine.RuleInfo;
import plancheck.engine.Severity;
import plancheck.model.Source;
import plancheck.read.InputError;

/**
 * SARIF 2.1.0 for code-scanning views: every catalogue rule in {@code runs[0].tool.driver.rules},
 * one result per finding. Paths stay relative to the working folder ({@code %SRCROOT%}), and each
 * result carries a fingerprint made of what the finding is about rather than where it stands, so
 * a view does not raise the alert again when lines above it move.
 */
public final class SarifReport implements ReportWriter {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String FINGERPRINT = "plancheckFinding/v1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String extension() {
        return "sarif";
    }

    @Override
    public void write(CheckResult r, ReportOptions o, Writer out) throws IOException {
        Messages m = o.messages();
        List<String> ruleIds = r.ruleIds();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", ToolVersion.NAME);
        driver.put("version", ToolVersion.get());
        ArrayNode rules = driver.putArray("rules");
        for (String id : ruleIds) {
            Severity def = r.catalogue().get(id).map(RuleInfo::severity).orElse(Severity.ERROR);
            ObjectNode rule = rules.addObject();
            rule.put("id", id);
            rule.put("name", readableId(id));
            rule.putObject("shortDescription").put("text", m.text(id + ".name"));
            rule.putObject("fullDescription").put("text", m.description(id));
            rule.putObject("help").put("text", m.text(id + ".fix") + " (" + m.text("rules.column.example") + ": "
                    + m.text(id + ".example") + ")");
            rule.putObject("defaultConfiguration").put("level", level(def));
        }
        run.put("language", m.english() ? "en-US" : "zh-CN");
        run.put("columnKind", "utf16CodeUnits");
        if (!r.errors().isEmpty()) {
            ObjectNode inv = run.putArray("invocations").addObject();
            inv.put("executionSuccessful", true);
            ArrayNode notes = inv.putArray("toolExecutionNotifications");
            for (InputError e : r.errors()) {
                ObjectNode n = notes.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", e.message());
                n.putArray("locations").addObject().set("physicalLocation",
                        location(new Source(e.file(), e.line(), e.column(), "")));
            }
        }
        ArrayNode results = run.putArray("results");
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : r.findings()) {
            ObjectNode res = results.addObject();
            res.put("ruleId", f.ruleId());
            res.put("ruleIndex", ruleIds.indexOf(f.ruleId()));
            res.put("level", level(f.severity()));
            res.putObject("message").put("text", m.message(f));
            res.putArray("locations").addObject().set("physicalLocation", location(f.source()));
            if (!f.related().isEmpty()) {
                ArrayNode rel = res.putArray("relatedLocations");
                int id = 0;
                for (Source s : f.related()) {
                    ObjectNode l = rel.addObject();
                    l.put("id", id++);
                    l.set("physicalLocation", location(s));
                }
            }
            String print = fingerprint(f);
            int occurrence = seen.merge(print, 1, Integer::sum);
            res.putObject("partialFingerprints").put(FINGERPRINT, occurrence == 1 ? print : print + ":" + occurrence);
            ObjectNode props = res.putObject("properties");
            props.put("plan", f.planId());
            props.put("region", f.region());
            props.put("indicator", f.indicator());
            props.put("indicatorName", m.indicatorName(f.indicator()));
            if (f.year() != null) props.put("year", f.year());
        }
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(pp);
            MAPPER.writeTree(g, root);
        }
        out.write("\n");
    }

    /** A readable identifier that stays the same in every language: scope.label gives ScopeLabel. */
    static String readableId(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
            case OFF -> "none";
        };
    }

    private static ObjectNode location(Source s) {
        ObjectNode loc = MAPPER.createObjectNode();
        ObjectNode art = loc.putObject("artifactLocation");
        String file = s.file().replace('\\', '/');
        if (file.startsWith("/")) {
            art.put("uri", "file://" + relativeUri(file));
        } else if (file.matches("[A-Za-z]:/.*")) {
            art.put("uri", "file:///" + relativeUri(file));
        } else {
            art.put("uri", relativeUri(file));
            art.put("uriBaseId", "%SRCROOT%");
        }
        if (s.line() > 0) {
            ObjectNode region = loc.putObject("region");
            region.put("startLine", s.line());
            if (s.column() > 0) region.put("startColumn", s.column());
            if (!s.quote().isEmpty()) region.putObject("snippet").put("text", s.quote());
        }
        // Word and PDF have no lines a viewer can open: the page or table cell goes in the location's properties.
        if (!s.locator().isEmpty()) loc.putObject("properties").put("locator", s.locator());
        return loc;
    }

    /** A relative URI reference for a path, with spaces and non-ASCII characters percent-encoded. */
    static String relativeUri(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a URI of " + path, e);
        }
    }

    /** What the finding is about, not where: rule, plan, region, indicator, year, quoted text, arguments. */
    static String fingerprint(Finding f) {
        String text = String.join("\u0000", f.ruleId(), f.planId(), f.region(), f.indicator(),
                String.valueOf(f.year()), f.source().file(), f.source().quote(), String.join("\u0001", f.args()));
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
