package plancheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plancheck check} as a shell user meets it: standard input, usage errors, the language from
 * the locale, plurals, colour at a terminal, --quiet, and GitHub Actions annotations.
 */
class CheckCommandConsoleTest {
    private static final String BLANK_PLAN = "plan_id,region,level,parent,period_start,period_end,indicator,kind,year,value\n"
            + "p,河北区,district,天津市,2020,2022,有效发明专利,target,2022,\n";

    @TempDir
    Path dir;

    @Test
    void standardInputIsReadUnderTheNameGiven() {
        Cli r = Cli.withInput(BLANK_PLAN, "check", "--lang", "en", "--stdin-filename", "plans/p.csv", "-");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().startsWith("plans/p.csv:2: error target.blank: "), r.out());
        assertTrue(r.out().contains("plans/p.csv: 1 figure read"), r.out());

        Cli json = Cli.withInput("{\"plans\": []}", "check", "--stdin-filename", "in.json", "-");
        assertEquals(2, json.exit());
        assertTrue(json.err().startsWith("in.json: "), json.err());

        Cli unnamed = Cli.withInput(BLANK_PLAN, "check", "-");
        assertEquals(2, unnamed.exit());
        assertEquals(1, unnamed.err().lines().count(), unnamed.err());
        assertTrue(unnamed.err().contains("--stdin-filename"), unnamed.err());
    }

    @Test
    void noArgumentsIsAUsageError() {
        for (Cli r : List.of(Cli.run(), Cli.run("check"))) {
            assertEquals(2, r.exit());
            assertEquals("", r.out());
            assertTrue(r.err().contains("Usage: plancheck"), r.err());
        }
    }

    @Test
    void theLocaleChoosesTheLanguageUnlessLangDoes() throws Exception {
        String plan = Files.writeString(dir.resolve("p.csv"), BLANK_PLAN).toString();
        assertTrue(Cli.withEnv(Map.of("LANG", "en_US.UTF-8"), "check", plan).out().contains("Checked 1 file,"));
        assertTrue(Cli.withEnv(Map.of("LANG", "en_US.UTF-8", "LC_ALL", "zh_CN.UTF-8"), "check", plan).out().contains("检查了"));
        assertTrue(Cli.withEnv(Map.of("LANG", "C.UTF-8", "LC_MESSAGES", "en_GB"), "check", plan).out().contains("Checked"));
        assertTrue(Cli.withEnv(Map.of("LANG", "C.UTF-8"), "check", plan).out().contains("检查了"));
        assertTrue(Cli.withEnv(Map.of("LANG", "zh_CN.UTF-8"), "check", "--lang", "en", plan).out().contains("Checked"));
        assertTrue(Cli.run("check", "--help").out().contains("LC_ALL"), "--help says where the default comes from");
    }

    @Test
    void countsAreWordedInTheRightNumber() throws Exception {
        String plan = Files.writeString(dir.resolve("p.csv"), BLANK_PLAN).toString();
        Cli r = Cli.run("check", "--lang", "en", plan);
        assertTrue(r.out().endsWith("Checked 1 file, 1 plan, 1 figure: 1 error, 0 warnings, 0 infos\n"), r.out());
        Cli seeds = Cli.run("check", "--lang", "en", "seeds/documents/001_daa27daca99d145a.txt", "seeds/documents/002_eb5fe5a3b1811268.txt", "seeds/documents/003_18d7a4ec9416ec41.txt", "seeds/reference");
        assertTrue(seeds.out().contains(": 2 errors, 2 warnings, 0 infos"), seeds.out());
    }

    @Test
    void severitiesAreColouredOnlyAtATerminalWithoutNoColor() {
        Console terminal = Console.plain().withTerminal(true);
        String[] args = {"check", "--lang", "en", "seeds/documents/001_daa27daca99d145a.txt", "seeds/documents/002_eb5fe5a3b1811268.txt", "seeds/documents/003_18d7a4ec9416ec41.txt", "seeds/reference"};
        String coloured = Cli.run(terminal, args).out();
        assertTrue(coloured.contains(": \u001b[1;31merror\u001b[0m scope.label: "), coloured);
        assertTrue(coloured.contains(": \u001b[33mwarning\u001b[0m aggregate.share: "), coloured);
        assertFalse(Cli.run(terminal.withEnv(Map.of("NO_COLOR", "1")), args).out().contains("\u001b["));
        String[] noColour = {"check", "--no-color", "--lang", "en", "seeds/documents/001_daa27daca99d145a.txt", "seeds/documents/002_eb5fe5a3b1811268.txt", "seeds/documents/003_18d7a4ec9416ec41.txt", "seeds/reference"};
        assertFalse(Cli.run(terminal, noColour).out().contains("\u001b["));
        assertFalse(Cli.run(args).out().contains("\u001b["), "piped: no colour");
    }

    @Test
    void quietPrintsTheErrorsOnly() {
        Cli r = Cli.run("check", "--quiet", "--lang", "en", "seeds/documents/001_daa27daca99d145a.txt", "seeds/documents/002_eb5fe5a3b1811268.txt", "seeds/documents/003_18d7a4ec9416ec41.txt", "seeds/reference");
        assertEquals(1, r.exit());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        assertTrue(lines.stream().allMatch(l -> l.contains(": error scope.label: ")), r.out());
        Cli clean = Cli.run("check", "-q", "--fail-on", "off", "seeds/reference");
        assertEquals(0, clean.exit());
        assertEquals("", clean.out());
    }

    @Test
    void githubFormatWritesWorkflowCommands() throws Exception {
        Cli r = Cli.run("check", "--format", "github", "--lang", "en", "seeds/documents/001_daa27daca99d145a.txt", "seeds/documents/002_eb5fe5a3b1811268.txt", "seeds/documents/003_18d7a4ec9416ec41.txt", "seeds/reference");
        assertEquals(1, r.exit());
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("::error file=seeds/documents/001_daa27daca99d145a.txt,line=86,col=2,endLine=86,"
                + "endColumn=6,title=scope.label::The figure is labelled"), lines.get(0));
        assertTrue(lines.get(2).startsWith("::warning file=seeds/documents/002_eb5fe5a3b1811268.txt,line=10,"), lines.get(2));
        assertTrue(lines.get(2).contains("title=aggregate.share::"), lines.get(2));

        // A message and a file name with the characters GitHub asks to escape.
        Path odd = Files.createDirectories(dir.resolve("a,b:c"));
        Path plan = Files.writeString(odd.resolve("p.csv"), BLANK_PLAN);
        Path drl = Files.writeString(dir.resolve("odd.drl"), "package acme;\nimport plancheck.model.*;\n"
                + "import plancheck.engine.*;\nglobal FindingSink sink;\nrule \"acme.odd\"\nwhen\n"
                + "    $f : Figure( kind == Kind.TARGET )\nthen\n    sink.report(\"acme.odd\", $f, \"100% sure,\\r\\nreally: yes\");\nend\n");
        Cli escaped = Cli.run("check", "--format", "github", "--source-root", dir.toString(), "--rules", drl.toString(),
                "--severity", "target.blank=off", plan.toString());
        assertEquals("::error file=a%2Cb%3Ac/p.csv,line=2,col=1,endLine=2,endColumn=49,title=acme.odd::"
                + "100%25 sure,%0D%0Areally: yes (河北区, 有效发明专利, 2022)\n", escaped.out());
    }
}
