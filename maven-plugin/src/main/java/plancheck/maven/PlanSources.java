package plancheck.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.plexus.util.DirectoryScanner;
import plancheck.read.Readers;

/**
 * The paths a build checks: the configured sources that exist, narrowed by Ant-style include and
 * exclude patterns when any are given. A source that does not exist is left out and named, as
 * maven-checkstyle-plugin leaves out a source directory that does not exist (so a module without
 * plans builds); without patterns a folder is passed whole, so its {@code .plancheckignore} holds.
 */
final class PlanSources {
    /** The paths to check, and the sources left out because they do not exist. */
    record Selection(List<Path> paths, List<File> missing) {
    }

    private PlanSources() {
    }

    static Selection select(List<File> sources, List<String> includes, List<String> excludes, Readers readers) {
        List<Path> paths = new ArrayList<>();
        List<File> missing = new ArrayList<>();
        boolean patterns = !isEmpty(includes) || !isEmpty(excludes);
        for (File source : sources == null ? List.<File>of() : sources) {
            if (!source.exists()) {
                missing.add(source);
            } else if (!patterns || !source.isDirectory()) {
                paths.add(source.toPath());
            } else {
                paths.addAll(scan(source, includes, excludes, readers));
            }
        }
        return new Selection(paths, missing);
    }

    /** The files under {@code folder} the patterns select (relative to it, '/'-separated) that a reader takes. */
    private static List<Path> scan(File folder, List<String> includes, List<String> excludes, Readers readers) {
        DirectoryScanner scanner = new DirectoryScanner();
        scanner.setBasedir(folder);
        if (!isEmpty(includes)) scanner.setIncludes(includes.toArray(String[]::new));
        if (!isEmpty(excludes)) scanner.setExcludes(excludes.toArray(String[]::new));
        scanner.addDefaultExcludes();
        scanner.scan();
        List<Path> files = new ArrayList<>();
        for (String name : scanner.getIncludedFiles()) {
            Path file = folder.toPath().resolve(name);
            // A pattern like **/* also matches notes and images beside the plans: only plan files count.
            if (readers.forFile(file).isPresent()) files.add(file);
        }
        files.sort(null);
        return files;
    }

    private static boolean isEmpty(List<String> patterns) {
        return patterns == null || patterns.isEmpty();
    }
}
