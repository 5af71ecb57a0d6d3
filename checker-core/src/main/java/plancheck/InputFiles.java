package plancheck;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.TreeSet;
import plancheck.read.InputError;
import plancheck.read.Inputs;
import plancheck.read.Readers;

/**
 * Expands the paths a user names into the files to read: files as named, folders walked for the
 * files some reader accepts. A folder may hold a {@code .plancheckignore} listing names (files or
 * sub-folders, one per line, relative to it) to leave out.
 */
public final class InputFiles {
    public static final String IGNORE_FILE = ".plancheckignore";

    /** The files in a fixed order, and a problem for each path that could not be used. */
    public record Listing(List<Path> files, List<InputError> errors) {
    }

    private InputFiles() {
    }

    /** A folder's plancheck.json holds settings (what its title-less documents are), not plan data. */
    private static boolean settingsFile(Path file) {
        return Inputs.name(file).equals(plancheck.config.ConfigFile.DEFAULT_NAME);
    }

    public static Listing expand(List<Path> paths, Readers readers) {
        TreeSet<Path> files = new TreeSet<>();
        List<InputError> errors = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                walk(p, readers, files, errors);
            } else if (Files.exists(p)) {
                if (readers.forFile(p).isPresent()) files.add(p.normalize());
                else errors.add(InputError.worded(p.toString(), 0, 0, "input.notPlanFile"));
            } else if (Files.isSymbolicLink(p)) {
                errors.add(InputError.worded(p.toString(), 0, 0, "input.linkNowhere"));
            } else {
                errors.add(InputError.worded(p.toString(), 0, 0, "input.noSuchFile"));
            }
        }
        return new Listing(onceEach(files), errors);
    }

    /**
     * One name per file: the same file reached twice (a folder and a file in it, a relative and an
     * absolute path, a link) would double its figures. The least name is kept, so the order the
     * paths were given in does not change the report.
     */
    private static List<Path> onceEach(TreeSet<Path> files) {
        Map<Path, Path> byRealPath = new HashMap<>();
        for (Path f : files) {
            Path real;
            try {
                real = f.toRealPath();
            } catch (IOException e) {
                real = f.toAbsolutePath().normalize();
            }
            byRealPath.merge(real, f, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return List.copyOf(new TreeSet<>(byRealPath.values()));
    }

    private static void walk(Path root, Readers readers, TreeSet<Path> files, List<InputError> allErrors) {
        // Folders list their entries in no fixed order: sort the problems, so reports are the same each run.
        List<InputError> errors = new ArrayList<>();
        int before = files.size();
        walkTree(root, readers, files, errors);
        if (files.size() == before && errors.isEmpty()) {
            // Checking an empty folder must not pass as clean (a wrong path in a pipeline would).
            errors.add(InputError.worded(root.toString(), 0, 0, "input.noPlanFiles"));
        }
        errors.sort(java.util.Comparator.comparing(InputError::file));
        allErrors.addAll(errors);
    }

    private static void walkTree(Path root, Readers readers, TreeSet<Path> files, List<InputError> errors) {
        // Each folder's ignore entries, read once when the walk enters it.
        Map<Path, List<String>> ignores = new HashMap<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 64, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && ignored(root, dir, ignores)) return FileVisitResult.SKIP_SUBTREE;
                    ignores.put(dir, entries(dir.resolve(IGNORE_FILE)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (readers.forFile(file).isEmpty() || ignored(root, file, ignores) || settingsFile(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile()) {
                        files.add(file.normalize());
                    } else if (attrs.isSymbolicLink()) {
                        // Links are followed, so a link seen as a link is one that leads nowhere.
                        errors.add(InputError.worded(file.toString(), 0, 0, "input.linkNowhere"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    errors.add(e instanceof java.nio.file.FileSystemLoopException
                            ? InputError.worded(file.toString(), 0, 0, "input.linkLoop")
                            : e instanceof java.nio.file.AccessDeniedException
                            ? InputError.worded(file.toString(), 0, 0, "input.permissionDenied")
                            : InputError.worded(file.toString(), 0, 0, "input.cannotRead", String.valueOf(e.getMessage())));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            errors.add(InputError.worded(root.toString(), 0, 0, "input.cannotReadFolder", String.valueOf(e.getMessage())));
        }
    }

    /** Whether an ignore file in a folder between {@code root} and {@code path} names it. */
    private static boolean ignored(Path root, Path path, Map<Path, List<String>> ignores) {
        for (Path dir = path.getParent(); dir != null; dir = dir.getParent()) {
            Path rel = dir.relativize(path);
            for (String entry : ignores.getOrDefault(dir, List.of())) if (rel.startsWith(entry)) return true;
            if (dir.equals(root) || dir.equals(root.normalize())) break;
        }
        return false;
    }

    /** The names an ignore file lists (a trailing '/' dropped); none when it is missing or unreadable. */
    private static List<String> entries(Path ignoreFile) {
        if (!Files.isRegularFile(ignoreFile)) return List.of();
        try {
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(ignoreFile)) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) continue;
                out.add(entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry);
            }
            return out;
        } catch (IOException unreadable) {
            return List.of();
        }
    }
}
