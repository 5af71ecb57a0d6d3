package plancheck;

import java.nio.file.Path;

/**
 * A file read under a name of its own: standard input, saved to {@code file}, reported as the name
 * the user gave it ({@code --stdin-filename}). The reader is chosen by {@code file}'s extension, so it
 * carries the name's.
 */
public record NamedInput(Path file, String name) {
}
