package plancheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The line of checks: full means 503 at once, a check past its limit is interrupted. */
class CheckQueueTest {
    @Test
    void aFullLineRefusesAtOnceAndTheNextCheckRuns() throws Exception {
        ServerLimits limits = ServerLimits.defaults().withChecks(1, 1).withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(5));
        try (CheckQueue queue = new CheckQueue(limits)) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch running = new CountDownLatch(1);
            CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> call(queue, () -> {
                running.countDown();
                release.await();
                return "first";
            }));
            assertTrue(running.await(10, TimeUnit.SECONDS));
            CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> call(queue, () -> "second"));
            // The slot is taken and the one place in line too (once the second is in it).
            for (int i = 0; i < 100 && !queueHolds(queue); i++) Thread.sleep(20);
            Refusal busy = assertThrows(Refusal.class, () -> queue.run(() -> "third"));
            assertEquals(503, busy.status());
            assertTrue(busy.text(Plain.of("en")).contains("try again in 5 seconds"));
            release.countDown();
            assertEquals("first", first.get(10, TimeUnit.SECONDS));
            assertEquals("second", second.get(10, TimeUnit.SECONDS));
            assertEquals("fourth", queue.run(() -> "fourth"));
        }
    }

    @Test
    void aCheckPastItsLimitIsInterrupted() throws Exception {
        ServerLimits limits = ServerLimits.defaults().withTimeouts(Duration.ofMillis(200), Duration.ofSeconds(5));
        try (CheckQueue queue = new CheckQueue(limits)) {
            CountDownLatch interrupted = new CountDownLatch(1);
            Refusal late = assertThrows(Refusal.class, () -> queue.run(() -> {
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return "late";
            }));
            assertEquals(503, late.status());
            assertTrue(late.text(Plain.of("zh")).contains("已取消"));
            assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the check's thread is interrupted");
        }
    }

    private static boolean queueHolds(CheckQueue queue) {
        return queue.waiting() == 1;
    }

    private static String call(CheckQueue queue, java.util.concurrent.Callable<String> c) {
        try {
            return queue.run(c);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
