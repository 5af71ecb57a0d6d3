package plancheck.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import plancheck.read.InputError;
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
    private final Map<Path, GivenPlan> entries;
    private final GivenPlan flags;
    private final Map<Path, Folder> folders = new ConcurrentHashMap<>();

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
        InputError problem = null;
        for (Path dir = abs.getParent(); g == null && dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(ConfigFile.DEFAULT_NAME))) {
                Folder f = folder(dir);
                g = f.entries().get(abs);
                problem = f.problem();
                break;
            }
        }
        GivenPlan given = g == null ? flags : g.orElse(flags);
        return problem == null ? given : given.withProblem(problem);
    }

    /** A folder's plancheck.json: its documents section, or why it could not be read. */
    private record Folder(Map<Path, GivenPlan> entries, InputError problem) {
    }

    /**
     * The documents section of a folder's plancheck.json. A broken one is an input error of the
     * documents below it (their titles still say what they can), never a silent gap.
     */
    private Folder folder(Path dir) {
        return folders.computeIfAbsent(dir, d -> {
            Path f = d.resolve(ConfigFile.DEFAULT_NAME);
            String name = plancheck.Checker.display(f);
            try {
                String text = SettingsText.read(f, name, "settings file");
                return new Folder(DocumentsSection.read(ConfigFile.tree(text, name).get("documents"), d, name, text), null);
            } catch (ConfigException e) {
                return new Folder(Map.of(), e.place().orElseGet(() -> new InputError(name, 0, 0, e.getMessage())));
            }
        });
    }
}
