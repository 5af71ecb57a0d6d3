package plancheck.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one list of rules that the engine, the CLI, the docs and every report read:
 * {@code plancheck/rule-catalogue.json} on the class path (shipped by the rules module).
 */
public final class RuleCatalogue {
    public static final String RESOURCE = "plancheck/rule-catalogue.json";
    private static volatile RuleCatalogue standard;

    private final Map<String, RuleInfo> rules;

    public RuleCatalogue(List<RuleInfo> rules) {
        Map<String, RuleInfo> m = new LinkedHashMap<>();
        for (RuleInfo r : rules) m.put(r.id(), r);
        this.rules = Collections.unmodifiableMap(m);
    }

    public static RuleCatalogue standard() {
        RuleCatalogue c = standard;
        if (c == null) {
            synchronized (RuleCatalogue.class) {
                c = standard;
                if (c == null) {
                    try (InputStream in = RuleCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                        if (in == null) throw new IllegalStateException(RESOURCE + " is not on the class path");
                        JsonNode root = new ObjectMapper().readTree(in);
                        List<RuleInfo> list = new ArrayList<>();
                        for (JsonNode r : root.get("rules")) {
                            List<String> tags = new ArrayList<>();
                            r.path("tags").forEach(t -> tags.add(t.asText()));
                            list.add(new RuleInfo(r.get("id").asText(), Severity.parse(r.get("severity").asText()),
                                    r.get("family").asText(), r.path("precision").asText(""), tags));
                        }
                        standard = c = new RuleCatalogue(list);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return c;
    }

    public List<RuleInfo> all() {
        return List.copyOf(rules.values());
    }

    public Optional<RuleInfo> get(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** The catalogue with user rules added (user rule ids not in the catalogue get severity error). */
    public RuleCatalogue with(List<RuleInfo> extra) {
        List<RuleInfo> all = new ArrayList<>(rules.values());
        for (RuleInfo r : extra) if (!rules.containsKey(r.id())) all.add(r);
        return new RuleCatalogue(all);
    }
}
