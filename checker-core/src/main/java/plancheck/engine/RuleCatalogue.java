package plancheck.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plancheck.ClassPathFolders;

/**
 * The one list of rules that the engine, the CLI, the docs and every report read: one descriptor per
 * rule, {@code plancheck/rules/<id>/rule.json} beside the rule's DRL, found on the class path by
 * listing the folder ({@link ClassPathFolders}), so a new rule needs no index. Rules come in the order
 * their descriptors give ({@code order}, then id): the order of the rule table and reports' rule lists.
 */
public final class RuleCatalogue {
    /** Where the built-in rules' folders are on the class path (shipped by the rules module). */
    public static final String FOLDER = "plancheck/rules";
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
                    c = load(RuleCatalogue.class.getClassLoader(), FOLDER);
                    if (c.rules.isEmpty()) throw new IllegalStateException("no rule descriptors " + FOLDER + "/*/rule.json on the class path");
                    standard = c;
                }
            }
        }
        return c;
    }

    /** The rules of every {@code <folder>/<id>/rule.json} that {@code loader} sees. */
    public static RuleCatalogue load(ClassLoader loader, String folder) {
        record Ordered(int order, RuleInfo rule) {
        }
        List<Ordered> found = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String id : ClassPathFolders.holding(loader, folder, "rule.json")) {
            String name = folder + "/" + id + "/rule.json";
            try (InputStream in = loader.getResourceAsStream(name)) {
                JsonNode r = json.readTree(in);
                if (!id.equals(r.path("id").asText())) throw new IllegalStateException(name + ": its id is not its folder's name");
                found.add(new Ordered(r.path("order").asInt(Integer.MAX_VALUE), descriptor(r)));
            } catch (IOException e) {
                throw new UncheckedIOException(name + ": " + e.getMessage(), e);
            }
        }
        found.sort(Comparator.comparingInt(Ordered::order).thenComparing(o -> o.rule().id()));
        return new RuleCatalogue(found.stream().map(Ordered::rule).toList());
    }

    /** The rule a descriptor file states (a user's rule.json beside its DRL file). */
    public static RuleInfo read(Path descriptor) throws IOException {
        return descriptor(new ObjectMapper().readTree(descriptor.toFile()));
    }

    private static RuleInfo descriptor(JsonNode r) {
        if (r.path("id").asText().isEmpty()) throw new IllegalArgumentException("no id");
        List<String> tags = new ArrayList<>();
        r.path("tags").forEach(t -> tags.add(t.asText()));
        return new RuleInfo(r.path("id").asText(), Severity.parse(r.path("severity").asText()), r.path("precision").asText(""),
                tags, text(r.path("zh")), text(r.path("en")), false);
    }

    private static RuleText text(JsonNode t) {
        Map<String, String> messages = new LinkedHashMap<>();
        JsonNode m = t.path("message");
        if (m.isObject()) m.fields().forEachRemaining(e -> messages.put(e.getKey(), e.getValue().asText()));
        else if (m.isTextual()) messages.put("", m.asText());
        return new RuleText(t.path("name").asText(), t.path("description").asText(), messages,
                t.path("example").asText(), t.path("fix").asText());
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
