package plancheck.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import plancheck.model.Level;
import plancheck.read.InputError;
import plancheck.read.document.GivenPlan;

/**
 * The {@code documents} section of a plancheck.json: what each document is where its title does
 * not say (text copied from a web page starts at 发布日期 or 一、工作目标):
 * <pre>{"documents": {"004_jinnan.txt": {"region": "津南区", "level": "district", "parent": "天津市", "period": "2020-2022"}}}</pre>
 * Keys are file paths relative to the settings file's folder; every field is optional.
 */
public final class DocumentsSection {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Set<String> FIELDS = Set.of("region", "level", "parent", "period");

    private DocumentsSection() {
    }

    /**
     * The entries of {@code node}, keyed by absolute normalised path; every problem names
     * {@code origin} and the line of {@code text} (the file's JSON) where the entry stands.
     */
    static Map<Path, GivenPlan> read(JsonNode node, Path base, String origin, String text) throws ConfigException {
        Map<Path, GivenPlan> out = new LinkedHashMap<>();
        if (node == null) return out;
        if (!node.isObject()) {
            throw problem(origin, text, null, "'documents' must be an object of file: {region, level, parent, period}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String where = "documents." + e.getKey();
            JsonNode d = e.getValue();
            if (!d.isObject()) throw problem(origin, text, e.getKey(), where + " must be an object of region, level, parent, period");
            for (Iterator<String> f = d.fieldNames(); f.hasNext(); ) {
                String k = f.next();
                if (!FIELDS.contains(k)) {
                    throw problem(origin, text, e.getKey(), where + ": unknown key '" + k + "' (known: region, level, parent, period)");
                }
                if (!d.get(k).isTextual()) throw problem(origin, text, e.getKey(), where + "." + k + " must be text");
            }
            GivenPlan g;
            try {
                g = plan(text(d, "region"), text(d, "level"), text(d, "parent"), text(d, "period"), origin + ": " + where);
            } catch (ConfigException bad) {
                // Worded for flags and forms, which have no line: the line of the entry goes before it.
                throw problem(origin, text, e.getKey(), bad.getMessage().substring(origin.length() + 2));
            }
            out.put(base.resolve(e.getKey()).toAbsolutePath().normalize(), g);
        }
        return out;
    }

    private static ConfigException problem(String origin, String text, String entry, String what) {
        return new ConfigException(new InputError(origin, lineOf(text, entry), 0, what));
    }

    /**
     * The line where the {@code documents} entry named {@code entry} stands in {@code json} (the
     * section itself for null), or 0: the tree Jackson builds keeps no places, its tokens do.
     */
    static int lineOf(String json, String entry) {
        try (JsonParser p = FACTORY.createParser(json)) {
            int depth = 0;
            boolean inSection = false;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t.isStructStart()) {
                    depth++;
                } else if (t.isStructEnd()) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME && depth == 1) {
                    inSection = p.currentName().equals("documents");
                    if (inSection && entry == null) return p.currentTokenLocation().getLineNr();
                } else if (t == JsonToken.FIELD_NAME && depth == 2 && inSection && p.currentName().equals(entry)) {
                    return p.currentTokenLocation().getLineNr();
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    /**
     * A plan as given in words (settings file, command-line flags, a form): level
     * {@code province|city|district|county}, period {@code 2021-2025} or “十四五”.
     */
    public static GivenPlan plan(String region, String level, String parent, String period, String origin)
            throws ConfigException {
        Level lv = null;
        if (level != null && !level.isBlank()) {
            lv = Level.parse(level.trim());
            if (lv == null) throw new ConfigException(origin + ": unknown level '" + level + "' (known: province, city, district, county)");
        }
        Integer start = null, end = null;
        if (period != null && !period.isBlank()) {
            int[] years = plancheck.model.Periods.of(period);
            if (years == null) {
                throw new ConfigException(origin + ": period '" + period + "' is not START-END (such as 2021-2025) or “十四五”");
            }
            if (years[1] < years[0]) throw new ConfigException(origin + ": period '" + period + "' ends before it starts");
            start = years[0];
            end = years[1];
        }
        return new GivenPlan(blankToNull(region), lv, blankToNull(parent), start, end, origin);
    }

    private static String text(JsonNode d, String k) {
        return d.has(k) ? d.get(k).asText() : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
