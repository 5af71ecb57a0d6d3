package plancheck.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.engine.Settings;
import plancheck.engine.RuleBase;
import plancheck.engine.RuleCatalogue;
import plancheck.model.IndicatorCatalogue;
import plancheck.read.CsvPlanReader;
import plancheck.read.InputError;
import plancheck.read.PlanData;
import plancheck.read.PlanReader;
import plancheck.read.Readers;

/** Paths as users have them: many files, unreadable ones, symbolic link loops, spaces and Chinese. */
class PathsTest {
    static final String HEADER = "plan_id,region,level,parent,period_start,period_end,indicator,kind,year,value\n";

    @TempDir
    Path dir;

    private final Checker checker = new Checker(Settings.defaults());

    @Test
    void aFolderWithThousandsOfFilesIsReadInFull() throws IOException {
        int n = 3000;
        for (int i = 0; i < n; i++) {
            Path sub = Files.createDirectories(dir.resolve("d" + i % 30));
            Files.writeString(sub.resolve("plan-" + i + ".csv"), HEADER
                    + "p" + i + ",区" + i + ",district,天津市,2021,2025,有效发明专利,target,2025," + (1000 + i) + "\n");
        }
        CheckResult r = checker.check(List.of(dir));
        assertEquals(List.of(), r.errors());
        assertEquals(n, r.inputs().size());
        assertEquals(n, r.figures().size());
    }

    @Test
    void namesWithSpacesAndChineseAreReadAndNamedInErrors() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("规划 数据"));
        Files.writeString(sub.resolve("河北区 2020-2022.csv"), HEADER
                + "hb,河北区,district,天津市,2020,2022,有效发明专利,target,2022,1110\n");
        Files.writeString(sub.resolve("坏 文件.csv"), HEADER
                + "hb2,河北区,district,天津市,2020,2022,有效发明专利,target,2022,约1110\n");
        CheckResult r = checker.check(List.of(sub));
        assertEquals(1, r.figures().size());
        assertEquals(1, r.errors().size());
        InputError e = r.errors().get(0);
        assertTrue(e.toString().startsWith(sub.resolve("坏 文件.csv") + ":2: value '约1110' is not a number"), e::toString);
        Run run = Run.of("check", sub.resolve("河北区 2020-2022.csv").toString());
        assertEquals(0, run.exit(), run::err);
    }

    @Test
    void symbolicLinkLoopsAreReportedNotFollowedForever() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("ok.csv"), HEADER + "hb,河北区,district,天津市,2020,2022,有效发明专利,target,2022,1110\n");
        Files.createSymbolicLink(data.resolve("loop"), data);
        Files.createSymbolicLink(data.resolve("self.csv"), data.resolve("self.csv"));
        CheckResult r = checker.check(List.of(data));
        assertEquals(1, r.figures().size(), "the real file is read once");
        List<String> errors = r.errors().stream().map(InputError::toString).toList();
        assertEquals(List.of(data.resolve("loop") + ": symbolic link loop, not followed",
                data.resolve("self.csv") + ": symbolic link leads nowhere (broken, or a loop)"), errors);
        Run named = Run.of("check", "--lang", "en", data.resolve("self.csv").toString());
        assertEquals(2, named.exit());
        assertEquals(data.resolve("self.csv") + ": symbolic link leads nowhere (broken, or a loop)", named.err().strip());
    }

    @Test
    void anEmptyFolderIsAnErrorNotACleanPass() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.md"), "# nothing to check\n");
        Run run = Run.of("check", "--lang", "en", empty.toString());
        assertEquals(2, run.exit());
        assertEquals(empty + ": no plan files in this folder (plancheck reads " + plancheck.read.Readers.KNOWN + ")", run.err().strip());
        assertEquals(empty + ": 此文件夹中没有规划数据文件（plancheck 读取 *.csv、*.json、*.txt、*.docx、*.doc、*.pdf、*.html 和 *.htm）",
                Run.of("check", empty.toString()).err().strip(), "in the report's language");
    }

    /** A reader that fails on one file (a bug) costs that file only, with one line and no stack trace. */
    @Test
    void aReaderThatThrowsFailsOnlyItsFile() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("ok.csv"), HEADER + "hb,河北区,district,天津市,2020,2022,有效发明专利,target,2022,1110\n");
        Files.writeString(data.resolve("boom.json"), "{}");
        PlanReader broken = new PlanReader() {
            @Override
            public boolean accepts(Path file) {
                return file.toString().endsWith(".json");
            }

            @Override
            public PlanData read(Path file, String displayName) {
                throw new IllegalStateException("a bug");
            }
        };
        Checker withBug = new Checker(Settings.defaults(), new Readers(List.of(new CsvPlanReader(), broken)),
                RuleBase.builtIn(), RuleCatalogue.standard(), IndicatorCatalogue.standard());
        CheckResult r = withBug.check(List.of(data));
        assertEquals(1, r.figures().size());
        assertEquals(List.of(data.resolve("boom.json") + ": internal error while reading this file"
                + " (IllegalStateException); please report it with the file"),
                r.errors().stream().map(InputError::toString).toList());
    }

    @Test
    void theSameFileNamedTwiceIsReadOnce() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path ok = data.resolve("ok.csv");
        Files.writeString(ok, HEADER + "hb,河北区,district,天津市,2020,2022,有效发明专利,target,2022,1110\n");
        Files.createSymbolicLink(data.resolve("link.csv"), ok);
        CheckResult r = checker.check(List.of(ok, data, ok.toAbsolutePath(), data.resolve("../data/ok.csv")));
        assertEquals(List.of(), r.errors());
        assertEquals(1, r.inputs().size());
        assertEquals(1, r.figures().size());
    }

    /**
     * Tests often run as root (CI containers), and root reads a file whatever its mode. The kernel's
     * write-only settings (mode 0200 under /proc/sys) refuse reading even to root, so there the
     * unreadable plan is a link to one of them: the test runs, and can fail, as any user.
     */
    @Test
    void anUnreadableFileIsOneLineAndTheOthersAreStillChecked() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("ok.csv"), HEADER + "hb,河北区,district,天津市,2020,2022,有效发明专利,target,2022,1110\n");
        Path locked = data.resolve("locked.csv");
        Files.writeString(locked, HEADER + "x,某区,district,天津市,2020,2022,有效发明专利,target,2022,1\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        if (canOpen(locked)) {
            Files.delete(locked);
            Files.createSymbolicLink(locked, Path.of("/proc/sys/vm/drop_caches"));
            assertFalse(canOpen(locked), "/proc/sys/vm/drop_caches is write-only, even to root");
        }
        try {
            CheckResult r = checker.check(List.of(data));
            assertEquals(1, r.figures().size());
            assertEquals(List.of(locked + ": cannot read: permission denied"),
                    r.errors().stream().map(InputError::toString).toList());
        } finally {
            if (!Files.isSymbolicLink(locked)) Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static boolean canOpen(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            in.read();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
