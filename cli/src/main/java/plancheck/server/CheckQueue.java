package plancheck.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs checks on a fixed number of threads with a bounded line of waiting ones: a check that finds
 * the line full is refused at once (503, try again), never queued without end; a check that runs
 * past the time limit is cancelled (its thread interrupted) and answered as such.
 */
final class CheckQueue implements AutoCloseable {
    /** Seconds a refused client is told to wait. */
    static final int RETRY_AFTER = 5;
    private final ThreadPoolExecutor pool;
    private final long timeoutMillis;

    CheckQueue(ServerLimits limits) {
        BlockingQueue<Runnable> line = limits.queue() == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(limits.queue());
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(limits.maxChecks(), limits.maxChecks(), 0, TimeUnit.SECONDS, line, r -> {
            Thread t = new Thread(r, "plancheck-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.timeoutMillis = limits.checkTimeout().toMillis();
    }

    /** Runs {@code check} in its turn, waiting for it at most the time limit (counted from its start in the line). */
    <T> T run(Callable<T> check) throws Refusal, Exception {
        Future<T> future;
        try {
            future = pool.submit(check);
        } catch (RejectedExecutionException e) {
            throw new Refusal(503, "busy", RETRY_AFTER);
        }
        try {
            return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Refusal(503, "timeout", Math.max(1, timeoutMillis / 1000));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) throw ex;
            throw e;
        }
    }

    /** Checks waiting for their turn. */
    int waiting() {
        return pool.getQueue().size();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
