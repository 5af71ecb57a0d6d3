package plancheck.read;

import java.nio.file.Path;

/**
 * Reads one kind of input file into plans and figures. Never throws for bad content: every problem
 * becomes an {@link InputError} in the result, so the other files are still checked.
 */
public interface PlanReader {
    /** Whether this reader takes the file (by its name). */
    boolean accepts(Path file);

    PlanData read(Path file, String displayName);
}
