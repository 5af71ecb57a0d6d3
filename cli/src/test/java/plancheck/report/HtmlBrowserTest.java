package plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import plancheck.cli.Main;

/**
 * The seeds' HTML report in a real browser (headless Chromium): it renders without console errors
 * (a Content-Security-Policy violation, a failed load or a script error would be one), the findings
 * and charts are in the rendered DOM, the CSS-only filter hides what it should, and a screenshot is
 * left in target/browser/report.png for a person to look at.
 */
class HtmlBrowserTest {
    private static final Path OUT = Path.of("cli", "target", "browser").toAbsolutePath();
    private static Path chromium;
    private static Path report;

    /** A browser run's output: the DOM it dumped (if asked) and the console lines it logged. */
    record Run(String dom, List<String> console) {
    }

    /** What to do when there is no browser: the test fails (it is never skipped) and says this. */
    static final String INSTALL = "no chromium binary: install it with 'apt-get install -y chromium chromium-driver"
            + " fonts-wqy-zenhei' (Debian; .ci/run does this), or name one with -Dplancheck.chromium=PATH or $CHROMIUM";

    @BeforeEach
    void renderSeeds() throws IOException {
        chromium = findChromium();
        assertNotNull(chromium, INSTALL);
        if (report != null) return;
        Files.createDirectories(OUT);
        report = OUT.resolve("report.html");
        StringWriter sink = new StringWriter();
        int code = Main.run(new PrintWriter(sink), new PrintWriter(sink), "check", "--format", "html",
                "-o", report.toString(), "seeds/data/001_hebei-2020-2022.csv", "seeds/data/002_binhai-2021-2025.csv", "seeds/data/003_jinnan-2021-2025.csv", "seeds/reference");
        assertEquals(1, code, "the seeds have errors: " + sink);
    }

    /** The browser named by -Dplancheck.chromium or $CHROMIUM (only that one), else Debian's. */
    static Path findChromium() {
        String named = System.getProperty("plancheck.chromium", System.getenv("CHROMIUM"));
        List<String> candidates = named != null && !named.isBlank() ? List.of(named)
                : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    /** Runs headless Chromium on a page with a fresh profile and no network services. */
    static Run browse(Path page, String... action) throws Exception {
        Path profile = Files.createTempDirectory(OUT, "profile");
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
                "--hide-scrollbars", "--window-size=1280,8000"));
        cmd.addAll(List.of(action));
        cmd.add(page.toUri().toString());
        Path stdout = OUT.resolve("chromium.out"), stderr = OUT.resolve("chromium.err");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        // A generous bound so that a hung browser fails the build instead of stalling it.
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish: " + String.join(" ", cmd));
        }
        List<String> console = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(":CONSOLE")).collect(Collectors.toList());
        deleteTree(profile);
        return new Run(Files.readString(stdout, StandardCharsets.UTF_8), console);
    }

    /** Takes a screenshot (kept as {@code png} for a look) and returns the DOM, both without console messages. */
    private static String rendered(Path page, String png) throws Exception {
        Path shot = OUT.resolve(png);
        Files.deleteIfExists(shot);
        Run screenshot = browse(page, "--screenshot=" + shot);
        assertTrue(screenshot.console().isEmpty(), "console: " + screenshot.console());
        assertTrue(Files.size(shot) > 10_000, "a screenshot with something in it");
        Run run = browse(page, "--dump-dom");
        assertTrue(run.console().isEmpty(), "console: " + run.console());
        return run.dom();
    }

    @Test
    void rendersWithoutConsoleErrorsAndShowsFindingsAndCharts() throws Exception {
        String dom = rendered(report, "report.png");
        assertTrue(dom.contains("<li id=\"f1\" class=\"finding sev-error r2\" data-rule=\"scope.label\">"), dom);
        assertTrue(dom.contains("<li id=\"f2\" class=\"finding sev-error r2\" data-rule=\"scope.label\">"));
        assertTrue(dom.contains("<li id=\"f3\" class=\"finding sev-warning r8\" data-rule=\"aggregate.share\">"));
        assertTrue(dom.contains("<li id=\"f4\" class=\"finding sev-warning r8\" data-rule=\"aggregate.share\">"));
        assertTrue(dom.contains("数据标为“全市”，但这是河北区的区级规划"));
        assertTrue(dom.contains("已高于其2022年目标3500家"));
        assertEquals(HtmlReportTest.expectedCharts(Seeds.check()), count(dom, "<svg class=\"chart\""),
                "a chart per indicator with two or more years");
        assertEquals(6, count(dom, "<svg class=\"bar\""), "a bar per city target the districts share");
        String hebeiPatents = HtmlReportTest.between(dom, "data-plan=\"hebei-2020-2022\" data-indicator=\"invention-patents\"", "</svg>");
        assertTrue(hebeiPatents.contains("class=\"hit pt sev-error target\""), "the mislabelled point is highlighted");
    }

    @Test
    void aDigestRendersWithEveryFindingAndTheOtherPlansListed() throws Exception {
        // The page a corpus gets (over HtmlReport.DETAIL_LIMIT figures), here forced on the seeds.
        Path page = OUT.resolve("digest.html");
        Files.writeString(page, Seeds.render(new HtmlReport(10), Seeds.check(), "en"), StandardCharsets.UTF_8);
        String dom = rendered(page, "digest.png");
        assertTrue(dom.contains("<p class=\"digest\">This check holds"), dom);
        for (int f = 1; f <= 4; f++) assertTrue(dom.contains("<li id=\"f" + f + "\""), "finding " + f);
        String clean = HtmlReportTest.between(dom, "<section id=\"clean-plans\">", "</section>");
        assertTrue(clean.contains("<td><span lang=\"zh\">津南区</span></td>"), "a Chinese name marked in the English page: " + clean);
        assertTrue(count(dom, "<svg class=\"chart\"") < HtmlReportTest.expectedCharts(Seeds.check()), "fewer charts");
    }

    @Test
    void filterHidesFindingsWithCssAlone() throws Exception {
        // The report with "error" unticked, plus a probe (allowed by a loosened policy in this copy only)
        // that writes what the browser computed into the DOM.
        String html = Files.readString(report, StandardCharsets.UTF_8)
                .replace("id=\"show-error\" checked", "id=\"show-error\"")
                .replace("default-src 'none';", "default-src 'none'; script-src 'unsafe-inline';")
                .replace("</body>", "<script>document.body.setAttribute('data-visible', [...document.querySelectorAll('li.finding')]"
                        + ".filter(e => getComputedStyle(e).display !== 'none').map(e => e.id).join(' '));</script></body>");
        Path page = OUT.resolve("filtered.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Run run = browse(page, "--dump-dom");
        assertTrue(run.console().isEmpty(), "console: " + run.console());
        assertTrue(run.dom().contains("data-visible=\"f3 f4\""), "only the warnings remain visible");
    }

    @Test
    void consoleCheckCatchesAPageThatLoadsFromElsewhere() throws Exception {
        // The check above means something only if a broken page fails it.
        String html = Files.readString(report, StandardCharsets.UTF_8)
                .replace("</body>", "<img src=\"http://127.0.0.1:9/x.png\"></body>");
        Path page = OUT.resolve("broken.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Run run = browse(page, "--dump-dom");
        assertFalse(run.console().isEmpty(), "a blocked load is reported on the console");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
