package plancheck;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall time per phase of one check (build rule base, read, group, rules, report), for
 * {@code plancheck check --timings}. Inside rules, each session times its own series (grouping its
 * figures), insert and fire; those three add up the sessions' times, which run on every core at once,
 * so together they are more than the rules phase. {@link #OFF} records nothing and reads no clock, so
 * a check without the flag pays nothing.
 */
public final class Timings {
    public static final Timings OFF = new Timings(false);

    private final boolean on;
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    private Timings(boolean on) {
        this.on = on;
    }

    public static Timings on() {
        return new Timings(true);
    }

    /** A start mark for {@link #stop}; 0 when off. */
    public long start() {
        return on ? System.nanoTime() : 0;
    }

    /** Adds the time since {@code start} to {@code phase}. */
    public synchronized void stop(String phase, long start) {
        if (on) nanos.merge(phase, System.nanoTime() - start, Long::sum);
    }

    public synchronized Map<String, Long> millis() {
        Map<String, Long> m = new LinkedHashMap<>();
        nanos.forEach((k, v) -> m.put(k, v / 1_000_000));
        return m;
    }

    /** One line, {@code timings: read=12ms rulebase=300ms ...}, the form bench/run.sh parses. */
    public void print(PrintWriter out) {
        if (!on) return;
        StringBuilder b = new StringBuilder("timings:");
        millis().forEach((k, v) -> b.append(' ').append(k).append('=').append(v).append("ms"));
        out.println(b);
        out.flush();
    }
}
