package plancheck.read;

/**
 * Why a fast reader (the CSV scanner, the JSON reader's fast pass) leaves a file to the exact one; no
 * stack trace, it is not an error.
 */
final class Unusual extends RuntimeException {
    static final Unusual INSTANCE = new Unusual();

    private Unusual() {
        super(null, null, false, false);
    }
}
