package plancheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings flags of {@code plancheck check}, run as a user would, through Main. */
class CheckCommandSettingsTest {
    @TempDir
    Path dir;

    Path plans() throws Exception {
        return Files.writeString(dir.resolve("p.csv"),
                "plan_id,region,level,parent,period_start,period_end,indicator,kind,year,value\n"
                        + "p,河北区,district,天津市,2020,2022,有效发明专利,target,2022,\n");
    }

    @Test
    void flagsOverrideTheConfigFile() throws Exception {
        Path plans = plans();
        Path config = Files.writeString(dir.resolve("cfg.json"), "{\"severities\": {\"target.blank\": \"warning\"}}");
        Cli fromFile = Cli.run("check", "--lang", "en", "--config", config.toString(), plans.toString());
        assertEquals(0, fromFile.exit(), fromFile.err());
        assertTrue(fromFile.out().contains("warning target.blank"), fromFile.out());

        Cli overridden = Cli.run("check", "--config", config.toString(), "--severity", "target.blank=error", plans.toString());
        assertEquals(1, overridden.exit());
        assertTrue(overridden.out().contains("error target.blank"), overridden.out());
    }

    @Test
    void badSettingsExitTwoWithOneLine() throws Exception {
        Path plans = plans();
        Cli unknown = Cli.run("check", "--severity", "target.blnk=off", plans.toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("plancheck: command line: unknown rule id 'target.blnk'"), unknown.err());

        Path drl = Files.writeString(dir.resolve("broken.drl"), "package x;\nrule \"x.y\"\nwhen\n  Nothing( )\nthen\nend\n");
        Cli broken = Cli.run("check", "--rules", drl.toString(), plans.toString());
        assertEquals(2, broken.exit());
        assertTrue(broken.err().startsWith("plancheck: " + drl + ":4: rule file does not compile: "), broken.err());
        assertTrue(!broken.err().contains("\tat "), broken.err());
        assertEquals("", broken.out());
    }

    @Test
    void waiversFlagCountsTheWaivedFinding() throws Exception {
        Path plans = plans();
        Path waivers = Files.writeString(dir.resolve("w.csv"),
                "rule,region,indicator,year,reason\ntarget.blank,河北区,有效发明专利,,not yet published\n");
        Cli r = Cli.run("check", "--lang", "en", "--waivers", waivers.toString(), plans.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("1 more finding waived"), r.out());
    }
}
