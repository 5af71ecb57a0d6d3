package plancheck.config;

import java.util.Optional;
import plancheck.read.InputError;

/**
 * A setting that cannot be used: a bad plancheck.json, an unknown rule id or severity, a rule file
 * that is missing or does not compile. The message is one line (or one line per problem) naming
 * the file and what is wrong, ready to print; callers never need the stack trace.
 */
public final class ConfigException extends Exception {
    /** The file, line and problem, where one place of one file is to blame; null otherwise. */
    private final transient InputError place;

    public ConfigException(String message) {
        super(message, null, false, false);
        this.place = null;
    }

    /** A problem at one place of one file: its message is the error's line. */
    public ConfigException(InputError place) {
        super(place.toString(), null, false, false);
        this.place = place;
    }

    /** The problem as an input error of the file to blame, when there is one place to name. */
    public Optional<InputError> place() {
        return Optional.ofNullable(place);
    }
}
