package plancheck.engine;

/**
 * How the engine may split its work; the findings are the same either way (a test compares them).
 *
 * @param partition run each group of facts that no rule can join across in its own session (the
 *                  figures of a region and its plans; the region values of one indicator for a region
 *                  with its parents and children), so a large corpus never sits in one Rete network at once. Only for the built-in rules: a user
 *                  rule might join anything, so rule files switch it off.
 * @param threads   sessions run, and input files read, at the same time
 * @param batchFacts groups are packed into one session up to this many facts: a session costs a
 *                  little to set up, so many tiny groups are better checked together
 */
public record EngineOptions(boolean partition, int threads, int batchFacts) {
    /** One session over everything, one thread: the plain reading of the rules. */
    public static final EngineOptions REFERENCE = new EngineOptions(false, 1, Integer.MAX_VALUE);

    public EngineOptions {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        if (batchFacts < 1) throw new IllegalArgumentException("batchFacts must be at least 1");
    }

    /**
     * Partitioned on every core; {@code -Dplancheck.partition=false} gives the reference run and
     * {@code -Dplancheck.batch=N} another batch size (for measuring).
     */
    public static EngineOptions standard() {
        if ("false".equals(System.getProperty("plancheck.partition"))) return REFERENCE;
        return new EngineOptions(true, Runtime.getRuntime().availableProcessors(), Integer.getInteger("plancheck.batch", 10_000));
    }
}
