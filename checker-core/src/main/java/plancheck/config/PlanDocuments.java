package plancheck.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import plancheck.read.document.GivenPlan;

/**
 * What the user says each document is: the entries of the settings' {@code documents} section,
 * else those of the nearest plancheck.json in the document's folder or a folder above it (so that a
 * folder of plans carries the metadata of its title-less documents), else the command-line flags, which only fill what a
 * title leaves out. Only the {@code documents} section of a folder's plancheck.json is read: its
 * other settings (rule files are code) apply only when it is the settings file named or found in
 * the working folder.
 */
public final class PlanDocuments implements Function<Path, GivenPlan> {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Map<Path, GivenPlan> entries;
    private final GivenPlan flags;
    private final Map<Path, Map<Path, GivenPlan>> folders = new ConcurrentHashMap<>();

    public PlanDocuments(Map<Path, GivenPlan> entries, GivenPlan flags) {
        this.entries = Map.copyOf(entries);
        this.flags = flags == null ? GivenPlan.NONE : flags.asFallback();
    }

    public static PlanDocuments none() {
        return new PlanDocuments(Map.of(), GivenPlan.NONE);
    }

    @Override
    public GivenPlan apply(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        GivenPlan g = entries.get(abs);
        for (Path dir = abs.getParent(); g == null && dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(ConfigFile.DEFAULT_NAME))) {
                g = folder(dir).get(abs);
                break;
            }
        }
        return g == null ? flags : g.orElse(flags);
    }

    /** The documents section of a folder's plancheck.json; none when it has none or cannot be read. */
    private Map<Path, GivenPlan> folder(Path dir) {
        return folders.computeIfAbsent(dir, d -> {
            Path f = d.resolve(ConfigFile.DEFAULT_NAME);
            if (!Files.isRegularFile(f)) return Map.of();
            try {
                JsonNode root = MAPPER.readTree(f.toFile());
                return root == null || !root.isObject() ? Map.of()
                        : DocumentsSection.read(root.get("documents"), d, f.toString().replace('\\', '/'));
            } catch (IOException | ConfigException e) {
                // A broken settings file in a data folder: its documents read as if it gave nothing,
                // and a title-less document says what to give.
                return Map.of();
            }
        });
    }
}
