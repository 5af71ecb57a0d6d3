package plancheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings flags of {@code plancheck check}, run as a user would, through Main. */
class CheckCommandSettingsTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    Path plans() throws Exception {
        return Files.writeString(dir.resolve("p.csv"),
                "plan_id,region,level,parent,period_start,period_end,indicator,kind,year,value\n"
                        + "p,河北区,district,天津市,2020,2022,有效发明专利,target,2022,\n");
    }

    @Test
    void flagsOverrideTheConfigFile() throws Exception {
        Path plans = plans();
        Path config = Files.writeString(dir.resolve("cfg.json"), "{\"severities\": {\"target.blank\": \"warning\"}}");
        Run fromFile = run("check", "--lang", "en", "--config", config.toString(), plans.toString());
        assertEquals(0, fromFile.code(), fromFile.err());
        assertTrue(fromFile.out().contains("warning target.blank"), fromFile.out());

        Run overridden = run("check", "--config", config.toString(), "--severity", "target.blank=error", plans.toString());
        assertEquals(1, overridden.code());
        assertTrue(overridden.out().contains("error target.blank"), overridden.out());
    }

    @Test
    void badSettingsExitTwoWithOneLine() throws Exception {
        Path plans = plans();
        Run unknown = run("check", "--severity", "target.blnk=off", plans.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("plancheck: command line: unknown rule id 'target.blnk'"), unknown.err());

        Path drl = Files.writeString(dir.resolve("broken.drl"), "package x;\nrule \"x.y\"\nwhen\n  Nothing( )\nthen\nend\n");
        Run broken = run("check", "--rules", drl.toString(), plans.toString());
        assertEquals(2, broken.code());
        assertTrue(broken.err().startsWith("plancheck: " + drl + ":4: rule file does not compile: "), broken.err());
        assertTrue(!broken.err().contains("\tat "), broken.err());
        assertEquals("", broken.out());
    }

    @Test
    void waiversFlagCountsTheWaivedFinding() throws Exception {
        Path plans = plans();
        Path waivers = Files.writeString(dir.resolve("w.csv"),
                "rule,region,indicator,year,reason\ntarget.blank,河北区,有效发明专利,,not yet published\n");
        Run r = run("check", "--lang", "en", "--waivers", waivers.toString(), plans.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 more findings waived"), r.out());
    }
}
