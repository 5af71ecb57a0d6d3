package plancheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import plancheck.CheckResult;
import plancheck.engine.Finding;
import plancheck.engine.Severity;
import plancheck.engine.WaivedFinding;
import plancheck.engine.Waiver;
import plancheck.model.Source;
import plancheck.read.InputError;

/**
 * SARIF 2.1.0 as GitHub code scanning and the SARIF Multitool's GitHub rules accept it: every rule
 * the check ran in {@code runs[0].tool.driver.rules}, one result per finding (a waived one with its
 * waiver as an external suppression), file URIs relative to {@code %SRCROOT%} (the source root),
 * and the input errors as tool notifications of an invocation that did not succeed. A result points
 * at the place that was read: the document when it is there, else the data file's row, the other
 * one then a related location. It carries a fingerprint made of what the finding is about rather
 * than where it stands, so a view does not raise the alert again when lines above it move, and the
 * line hash code scanning keys its alerts by.
 */
public final class SarifReport implements ReportWriter {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String FINGERPRINT = "plancheckFinding/v1";
    public static final String LINE_HASH = "primaryLocationLineHash";
    /** GitHub's category of these results; the trailing slash says there is no run id after it. */
    public static final String AUTOMATION_ID = ToolVersion.NAME + "/";
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
        Messages m = o.messages().with(r.catalogue());
        List<String> ruleIds = r.ruleIds();
        Places places = Places.of(r, o, MAPPER);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", ToolVersion.NAME);
        driver.put("version", ToolVersion.get());
        driver.put("informationUri", ToolVersion.home());
        ArrayNode rules = driver.putArray("rules");
        for (String id : ruleIds) SarifRules.describe(rules, id, r.catalogue(), m);
        ObjectNode inv = run.putArray("invocations").addObject();
        inv.put("exitCode", r.exitCode(o.failOn()));
        inv.put("executionSuccessful", r.errors().isEmpty());
        if (!r.errors().isEmpty()) {
            ArrayNode notes = inv.putArray("toolExecutionNotifications");
            for (InputError e : r.errors()) {
                ObjectNode n = notes.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", e.message(m));
                if (!e.file().isEmpty()) {
                    n.putArray("locations").addObject().set("physicalLocation",
                            places.physical(new Source(e.file(), e.line(), e.column(), "")));
                }
            }
        }
        run.putObject("originalUriBaseIds").putObject(Places.SRCROOT).put("uri", places.rootUri());
        run.putObject("automationDetails").put("id", AUTOMATION_ID);
        run.put("language", m.english() ? "en-US" : "zh-CN");
        run.put("columnKind", "utf16CodeUnits");
        ArrayNode results = run.putArray("results");
        Map<String, Integer> seenPrints = new HashMap<>();
        Map<String, Integer> seenLines = new HashMap<>();
        for (Finding f : r.findings()) {
            result(results.addObject(), f, ruleIds, places, m, seenPrints, seenLines);
        }
        for (WaivedFinding w : r.waived()) {
            ObjectNode res = results.addObject();
            result(res, w.finding(), ruleIds, places, m, seenPrints, seenLines);
            suppress(res, w.waiver(), places);
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

    private static void result(ObjectNode res, Finding f, List<String> ruleIds, Places places, Messages m,
                               Map<String, Integer> seenPrints, Map<String, Integer> seenLines) {
        res.put("ruleId", f.ruleId());
        res.put("ruleIndex", ruleIds.indexOf(f.ruleId()));
        res.put("level", level(f.severity()));
        res.putObject("message").put("text", m.message(f));
        Source primary = places.primary(f.source()), other = places.secondary(f.source());
        res.putArray("locations").addObject().set("physicalLocation", places.physical(primary));
        List<ObjectNode> related = new ArrayList<>();
        if (other != null) {
            related.add(related(places, other, m.text(other == f.source() ? "sarif.quotedDocument" : "sarif.readRow")));
        }
        for (Source s : f.related()) related.add(related(places, s, m.text("html.related")));
        if (!related.isEmpty()) {
            ArrayNode rel = res.putArray("relatedLocations");
            for (int i = 0; i < related.size(); i++) rel.addObject().put("id", i).setAll(related.get(i));
        }
        ObjectNode prints = res.putObject("partialFingerprints");
        String print = fingerprint(f);
        int occurrence = seenPrints.merge(print, 1, Integer::sum);
        prints.put(FINGERPRINT, occurrence == 1 ? print : print + ":" + occurrence);
        String lineHash = lineHash(places.region(primary), primary);
        prints.put(LINE_HASH, lineHash + ":" + seenLines.merge(lineHash, 1, Integer::sum));
        ObjectNode props = res.putObject("properties");
        props.put("plan", f.planId());
        props.put("region", f.region());
        props.put("indicator", f.indicator());
        props.put("indicatorName", m.indicatorName(f.indicator()));
        if (f.year() != null) props.put("year", f.year());
    }

    private static ObjectNode related(Places places, Source s, String what) {
        ObjectNode l = MAPPER.createObjectNode();
        l.set("physicalLocation", places.physical(s));
        l.putObject("message").put("text", what);
        return l;
    }

    /** A waiver is a suppression kept outside the data: kind external, its reason the justification. */
    private static void suppress(ObjectNode res, Waiver w, Places places) {
        ObjectNode s = res.putArray("suppressions").addObject();
        s.put("kind", "external");
        s.put("status", "accepted");
        if (!w.reason().isEmpty()) s.put("justification", w.reason());
        if (!w.file().isEmpty()) s.putObject("location").set("physicalLocation", places.physical(Source.of(w.file(), w.line())));
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
            case OFF -> "none";
        };
    }

    /** A relative URI reference for a path, with spaces and non-ASCII characters percent-encoded. */
    static String relativeUri(String path) {
        return Places.relativeUri(path);
    }

    /** A readable identifier that stays the same in every language: scope.label gives ScopeLabel. */
    static String readableId(String id) {
        return SarifRules.readableId(id);
    }

    /**
     * The text of the primary location's line without its white space (the quote when the line is not
     * at hand), hashed: what code scanning compares to tell whether an alert is the one it knows.
     */
    static String lineHash(Places.Region region, Source at) {
        String text = region == null ? at.file() : region.lineText() != null ? region.lineText() : region.snippet();
        return hash(text.replaceAll("\\s+", ""));
    }

    /** What the finding is about, not where: rule, plan, region, indicator, year, quoted text, arguments. */
    static String fingerprint(Finding f) {
        return hash(String.join("\u0000", f.ruleId(), f.planId(), f.region(), f.indicator(),
                String.valueOf(f.year()), f.source().file(), f.source().quote(), String.join("\u0001", f.args())));
    }

    private static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
