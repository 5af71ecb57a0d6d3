package plancheck.config;

/**
 * A setting that cannot be used: a bad plancheck.json, an unknown rule id or severity, a rule file
 * that is missing or does not compile. The message is one line (or one line per problem) naming
 * the file and what is wrong, ready to print; callers never need the stack trace.
 */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message, null, false, false);
    }
}
