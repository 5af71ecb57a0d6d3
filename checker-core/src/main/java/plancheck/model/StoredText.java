package plancheck.model;

/**
 * A text left where it was read from and read back when asked, so that a large corpus does not
 * hold every quote in memory. Implementations are records: equal when they point at the same place.
 */
public interface StoredText {
    /** The text; "" when it can no longer be read as it was (the file changed or is gone). */
    String text();

    /** A 64-bit hash of the text's bytes as read: two stored texts whose digests differ differ. */
    long digest();
}
