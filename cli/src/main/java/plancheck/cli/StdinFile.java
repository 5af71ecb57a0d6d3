package plancheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import plancheck.NamedInput;

/**
 * Standard input saved to a temporary file for the readers, which read files (a large CSV is read
 * from its file, its quotes left there until a report shows them). The file carries the extension
 * of the name the user gave, which chooses the reader, and is removed when the check is done.
 */
final class StdinFile implements AutoCloseable {
    private final Path dir;
    private final NamedInput input;

    private StdinFile(Path dir, NamedInput input) {
        this.dir = dir;
        this.input = input;
    }

    static StdinFile save(InputStream in, String name) throws IOException {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        Path dir = Files.createTempDirectory("plancheck-stdin");
        Path file = dir.resolve("stdin" + (dot > 0 ? base.substring(dot) : ""));
        try {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
            throw e;
        }
        return new StdinFile(dir, new NamedInput(file, name));
    }

    NamedInput input() {
        return input;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(input.file());
        Files.deleteIfExists(dir);
    }
}
