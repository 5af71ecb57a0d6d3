package plancheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the sub-folders of a class-path folder, in a directory (tests, an IDE) or in a jar (the
 * rules jar, the CLI and the Maven plugin), so that what a folder holds needs no hand-kept index.
 */
public final class ClassPathFolders {
    private ClassPathFolders() {
    }

    /** The names of the folders {@code folder/<name>/} that hold {@code file}, in every class-path entry. */
    public static SortedSet<String> holding(ClassLoader loader, String folder, String file) {
        SortedSet<String> names = new TreeSet<>();
        try {
            for (URL url : Collections.list(loader.getResources(folder))) {
                if (url.getProtocol().equals("jar")) {
                    JarURLConnection c = (JarURLConnection) url.openConnection();
                    // A jar of our own: closing the class loader's cached one would break it.
                    c.setUseCaches(false);
                    String prefix = folder + "/", suffix = "/" + file;
                    try (JarFile jar = c.getJarFile()) {
                        jar.stream().map(e -> e.getName())
                                .filter(n -> n.startsWith(prefix) && n.endsWith(suffix) && n.length() > prefix.length() + suffix.length())
                                .map(n -> n.substring(prefix.length(), n.length() - suffix.length()))
                                .filter(n -> n.indexOf('/') < 0).forEach(names::add);
                    }
                } else if (url.getProtocol().equals("file")) {
                    try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
                        s.filter(p -> Files.isRegularFile(p.resolve(file))).forEach(p -> names.add(p.getFileName().toString()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + " on the class path: " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
