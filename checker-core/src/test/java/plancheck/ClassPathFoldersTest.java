package plancheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folders of a class-path folder that hold a file, from a jar and a directory together. */
class ClassPathFoldersTest {

    @Test
    void listsTheFoldersHoldingTheFileInJarsAndDirectories(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("rules.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("x/", "x/a/", "x/a/rule.json", "x/b/", "x/b/other.txt", "x/c/", "x/c/d/",
                    "x/c/d/rule.json", "x/rule.json", "y/", "y/z/", "y/z/rule.json")) {
                out.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) out.write('{');
                out.closeEntry();
            }
        }
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("x/e"));
        Files.createDirectories(classes.resolve("x/f"));
        try (OutputStream o = Files.newOutputStream(classes.resolve("x/e/rule.json"))) {
            o.write('{');
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL(), classes.toUri().toURL()}, null)) {
            assertEquals(List.of("a", "e"), List.copyOf(ClassPathFolders.holding(loader, "x", "rule.json")));
            assertEquals(List.of("z"), List.copyOf(ClassPathFolders.holding(loader, "y", "rule.json")));
            assertEquals(List.of(), List.copyOf(ClassPathFolders.holding(loader, "none", "rule.json")));
        }
    }
}
