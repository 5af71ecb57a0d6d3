package plancheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check that outgrows its heap ends with one line that says how to give it more, not a stack trace. */
class OutOfMemoryTest {
    @Test
    void saysHowToGiveTheCheckMoreMemory(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("plan_id,region,level,parent,period_start,period_end,indicator,scope_label,unit,kind,year,value,qualifier,source_file,source_line,quote\n");
            for (int i = 0; i < 200_000; i++) {
                String plan = "d" + (i / 400);
                w.write(plan + ",区" + (i / 400) + ",district,市,2021,2025,有效发明专利,区内,件,target," + (2021 + i % 5) + ","
                        + (1000 + i) + ",达到,plan.txt," + (i + 1) + ",有效发明专利达到" + (1000 + i) + "件（第" + i + "行）\n");
            }
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx24m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "check", csv.toString()))
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        String err = Files.readString(dir.resolve("err"));
        assertEquals(Main.INPUT_ERROR, p.exitValue(), err);
        assertTrue(err.startsWith("plancheck: out of memory: the Java heap is capped at "), err);
        assertTrue(err.contains("PLANCHECK_JAVA_OPTS=-Xmx"), err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
        assertEquals(1, err.lines().count(), err);
    }
}
