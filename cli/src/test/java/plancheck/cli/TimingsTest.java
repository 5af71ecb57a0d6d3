package plancheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code check --timings}: one line on stderr that bench/run.sh parses, the report untouched. */
class TimingsTest {
    @Test
    void onePhaseLineOnStderrAndTheSameReport() {
        Cli timed = Cli.run("check", "--timings", "seeds/");
        Cli plain = Cli.run("check", "seeds/");
        assertEquals(plain.out(), timed.out());
        assertEquals(plain.exit(), timed.exit());
        assertEquals("", plain.err());
        String line = timed.err().strip();
        assertTrue(line.matches("timings:( [a-z]+=\\d+ms)+"), line);
        List<String> phases = Arrays.stream(line.substring("timings: ".length()).split(" "))
                .map(p -> p.substring(0, p.indexOf('='))).toList();
        // series, insert and fire are timed inside each session, so they come before the rules phase ends.
        assertEquals(List.of("rulebase", "read", "group", "series", "insert", "fire", "rules", "sort", "report"), phases);
    }
}
