package plancheck.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import plancheck.read.InputError;
import plancheck.read.document.GivenPlan;

/**
 * Reads {@code plancheck.json}:
 * <pre>{"severities": {"aggregate.share": "error", "indicator.unknown": "off"},
 *  "tolerances": {"share": 1.0},
 *  "ruleFiles": ["rules/our-rules.drl"],
 *  "waivers": "plancheck-waivers.csv",
 *  "documents": {"004.txt": {"region": "津南区", "level": "district", "parent": "天津市", "period": "2020-2022"}}}</pre>
 * Every key is optional; paths are relative to the file's folder. Only the shape is checked here
 * (unknown keys, wrong types); ids, levels and files are checked by {@link CheckSetup}.
 */
public final class ConfigFile {
    /** The file looked for in the working folder (CLI) or the project's folder (plugin). */
    public static final String DEFAULT_NAME = "plancheck.json";
    private static final Set<String> KEYS = Set.of("severities", "tolerances", "ruleFiles", "waivers", "documents");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ConfigFile() {
    }

    public static SettingsSource read(Path file) throws ConfigException {
        String name = file.toString().replace('\\', '/');
        String text = SettingsText.read(file, name, "settings file");
        JsonNode root = tree(text, name);
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new ConfigException(name + ": unknown key '" + key + "' (known: severities, tolerances, ruleFiles, waivers, documents)");
            }
        }
        Path base = file.toAbsolutePath().getParent();
        Map<String, String> severities = strings(name, root, "severities");
        Map<String, String> tolerances = strings(name, root, "tolerances");
        List<String> ruleFiles = new ArrayList<>();
        JsonNode rules = root.get("ruleFiles");
        if (rules != null) {
            if (!rules.isArray()) throw new ConfigException(name + ": 'ruleFiles' must be a list of file names");
            for (JsonNode r : rules) {
                if (!r.isTextual()) throw new ConfigException(name + ": 'ruleFiles' must be a list of file names");
                ruleFiles.add(r.asText());
            }
        }
        JsonNode w = root.get("waivers");
        if (w != null && !w.isTextual()) throw new ConfigException(name + ": 'waivers' must be a file name");
        return SettingsSource.of(name, base, severities, tolerances, ruleFiles, w == null ? null : w.asText())
                .withDocuments(DocumentsSection.read(root.get("documents"), base, name, text), GivenPlan.NONE);
    }

    /** The settings file's one JSON object; broken JSON names its line. */
    static JsonNode tree(String text, String name) throws ConfigException {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            // Jackson appends where the object started, as a Java-ish source description: keep the plain part.
            String why = e.getOriginalMessage().lines().findFirst().orElse("").replaceAll("\\s*\\(start marker at .*$", "");
            throw new ConfigException(new InputError(name, line, 0, "not valid JSON: " + why));
        }
        if (root == null || !root.isObject()) throw new ConfigException(new InputError(name, 0, 0, "must hold one JSON object"));
        return root;
    }

    private static Map<String, String> strings(String name, JsonNode root, String key) throws ConfigException {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode obj = root.get(key);
        if (obj == null) return out;
        if (!obj.isObject()) throw new ConfigException(name + ": '" + key + "' must be an object of name: value");
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw new ConfigException(name + ": " + key + "." + e.getKey() + " must be a single value");
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }
}
