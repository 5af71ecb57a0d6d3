package plancheck.engine;

/**
 * How the engine may split its work; the findings are the same either way (a test compares them).
 *
 * @param partition check the series of each indicator apart from the others' (no built-in rule joins
 *                  across indicators), in sessions of about {@code batchFigures} figures, so a large
 *                  corpus never sits in one Rete network at once and sessions run on every core. Only for
 *                  the built-in rules: a user rule might join anything, so rule files switch it off.
 * @param threads   sessions run, and input files read, at the same time
 * @param batchFigures indicators are packed into one session up to this many figures: a session costs a
 *                  little to set up, so small indicators are better checked together; a small session's
 *                  memory is let go soon, before the collector would move it to the old generation
 */
public record EngineOptions(boolean partition, int threads, int batchFigures) {
    /** One session over everything, one thread: the plain reading of the rules. */
    public static final EngineOptions REFERENCE = new EngineOptions(false, 1, Integer.MAX_VALUE);

    public EngineOptions {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        if (batchFigures < 1) throw new IllegalArgumentException("batchFigures must be at least 1");
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
