package plancheck.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.engine.Settings;
import plancheck.report.JsonReport;
import plancheck.report.Messages;
import plancheck.report.ReportOptions;
import plancheck.report.TextReport;

/**
 * As in a parallel Maven build: several checks at once share the compiled rule base (each gets its
 * own session) and must give exactly the reports they give one at a time. The concurrent runs come
 * first, so when this class runs alone the lazy loading of the shared rule base and catalogues is
 * raced too.
 */
class ConcurrencyTest {
    record Job(List<Path> paths, String lang) {
    }

    static final List<Job> JOBS = List.of(
            new Job(List.of(Path.of("seeds")), "zh"),
            new Job(List.of(Path.of("seeds/data"), Path.of("seeds/reference")), "en"),
            new Job(List.of(Path.of("seeds/data/001_hebei-2020-2022.csv"), Path.of("seeds/reference")), "zh"),
            new Job(List.of(BadInputCorpusTest.CORPUS, Path.of("seeds/data")), "en"));

    @Test
    void concurrentChecksGiveTheSameReportsAsSerialOnes() throws Exception {
        int threads = 8, rounds = 3;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < threads * rounds; i++) {
                Job job = JOBS.get(i % JOBS.size());
                futures.add(pool.submit((Callable<String>) () -> report(job)));
            }
            List<String> concurrent = new ArrayList<>();
            for (Future<String> f : futures) concurrent.add(f.get());
            for (int i = 0; i < concurrent.size(); i++) {
                assertEquals(report(JOBS.get(i % JOBS.size())), concurrent.get(i), "job " + i % JOBS.size());
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(report(JOBS.get(0)).contains("scope.label"));
    }

    /** Both report formats of one fresh check. */
    static String report(Job job) {
        CheckResult r = new Checker(Settings.defaults()).check(job.paths());
        ReportOptions o = new ReportOptions(Messages.of(job.lang()), true);
        StringWriter out = new StringWriter();
        try {
            new TextReport().write(r, o, out);
            new JsonReport().write(r, o, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + String.join("\n", r.errors().stream().map(Object::toString).toList());
    }
}
