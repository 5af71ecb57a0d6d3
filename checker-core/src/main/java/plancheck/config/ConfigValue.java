package plancheck.config;

/** A setting's value as the user wrote it, and where: a file name or a command-line flag. */
public record ConfigValue(String value, String origin) {
}
