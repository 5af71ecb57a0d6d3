package plancheck.server;

/**
 * A request the server answers with an HTTP error and a sentence in plain words: {@code key} names
 * the sentence in {@link Plain}, {@code args} fill it in.
 */
final class Refusal extends Exception {
    private final int status;
    private final String key;
    private final transient Object[] args;

    Refusal(int status, String key, Object... args) {
        super(key, null, false, false);
        this.status = status;
        this.key = key;
        this.args = args.clone();
    }

    int status() {
        return status;
    }

    String text(Plain words) {
        return words.say(key, args);
    }
}
