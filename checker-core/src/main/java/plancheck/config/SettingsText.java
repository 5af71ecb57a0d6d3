package plancheck.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import plancheck.read.InputError;
import plancheck.read.Inputs;

/** Reading a settings or waiver file as the plan readers read theirs: strict UTF-8, BOM skipped, one-line errors. */
final class SettingsText {
    private SettingsText() {
    }

    /** The file's text; {@code name} is how messages name it, {@code what} what kind of file it is. */
    static String read(Path file, String name, String what) throws ConfigException {
        try {
            return Inputs.utf8Text(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(new InputError(name, 0, 0, "no such file"));
        } catch (IOException | UncheckedIOException e) {
            if (Inputs.isEncodingProblem(e)) throw new ConfigException(Inputs.notUtf8(file, name, what));
            throw new ConfigException(new InputError(name, 0, 0, "cannot read: " + Inputs.describe(e)));
        }
    }
}
