package plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML report as its readers meet it, judged by their own tools: axe-core (WCAG 2.1 A and AA and
 * its best practices) inside headless Chromium at a desktop's width (1400 px) and a phone's (390 px,
 * emulated as a mobile viewport), and html-validate on the file. On the phone the page itself must
 * not scroll sideways (wide tables scroll in their own box) and no table column may be so narrow
 * that its words break a character per line. A full-page screenshot of each page and width is left
 * in {@code cli/target/browser/} for a person to look at.
 *
 * <p>Needs Chromium and Debian's chromium-driver (or -Dplancheck.chromium / -Dplancheck.chromedriver)
 * and the npm packages of {@code cli/src/test/js} (the build installs them); without them the test
 * fails, saying what to install.
 */
class HtmlAccessibilityTest {
    private static final Path OUT = Path.of("cli", "target", "browser").toAbsolutePath();
    private static final Path JS = Path.of("cli", "src", "test", "js").toAbsolutePath();
    private static ChromeDriver driver;
    /**
     * Selenium warns that it has no DevTools bindings for this Chromium version; the raw CDP commands
     * used here need none. Held here so that the level is not lost with a collected logger.
     */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    @BeforeAll
    static void renderAndStart() throws IOException {
        Files.createDirectories(OUT);
        var check = Seeds.check();
        write("report-zh.html", Seeds.render(new HtmlReport(), check, "zh"));
        write("report-en.html", Seeds.render(new HtmlReport(), check, "en"));
        // The page a corpus gets (over HtmlReport.DETAIL_LIMIT figures), here forced on the seeds.
        write("digest-zh.html", Seeds.render(new HtmlReport(10), check, "zh"));

        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
        Path chromium = HtmlBrowserTest.findChromium();
        assertNotNull(chromium, HtmlBrowserTest.INSTALL);
        String driverPath = System.getProperty("plancheck.chromedriver", "/usr/bin/chromedriver");
        assertTrue(Files.isExecutable(Path.of(driverPath)), "no chromedriver at " + driverPath
                + ": install it with 'apt-get install -y chromium-driver' (.ci/run does this)");
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toString()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driverPath)).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    private static void write(String name, String html) throws IOException {
        Files.writeString(OUT.resolve(name), html, StandardCharsets.UTF_8);
    }

    /** Opens a page in a viewport {@code width} px wide (a phone's, with its meta viewport, below 600). */
    private static void open(String page, int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
        driver.get(OUT.resolve(page).toUri().toString());
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"report-zh.html, 1400", "report-zh.html, 390", "report-en.html, 1400", "report-en.html, 390",
        "digest-zh.html, 390"})
    void axeFindsNothingSeriousOrCritical(String page, int width) throws Exception {
        open(page, width);
        List<String> violations = axe();
        Files.write(OUT.resolve(page.replace(".html", "-" + width + ".axe.txt")), violations, StandardCharsets.UTF_8);
        List<String> grave = grave(violations);
        assertTrue(grave.isEmpty(), String.join("\n", grave));
        screenshot(page.replace(".html", "-" + width + ".png"), width);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"report-zh.html", "report-en.html", "digest-zh.html"})
    void onAPhoneOnlyTablesScrollSideways(String page) {
        open(page, 390);
        assertEquals(390L, driver.executeScript("return document.documentElement.clientWidth;"), "a phone's viewport");
        assertEquals(390L, driver.executeScript("return document.documentElement.scrollWidth;"),
                "the page itself does not scroll sideways");
        List<String> overflowing = overflowing();
        assertTrue(overflowing.isEmpty(), String.join("\n", overflowing));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"report-zh.html", "report-en.html", "digest-zh.html"})
    void onAPhoneNoColumnBreaksACharacterPerLine(String page) {
        open(page, 390);
        List<String> broken = brokenCells();
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }

    @Test
    void theChecksCatchABrokenPage() throws Exception {
        // The checks above mean something only if a page with the faults the issue reported fails them:
        // the old colours, narrow columns that wrap, a table box that does not scroll, an unnamed image.
        String broken = Files.readString(OUT.resolve("report-zh.html"), StandardCharsets.UTF_8)
                .replace("</style>", ".badge.sev-warning{background:#e65100}"
                        + "table.figures th,table.figures td{white-space:normal;max-width:1.5em}</style>")
                .replace("<section class=\"scroll\"", "<section class=\"wide\"")
                .replace("</main>", "<svg role=\"img\" width=\"10\" height=\"10\"></svg></main>");
        write("broken-zh.html", broken);
        open("broken-zh.html", 390);
        String grave = String.join("\n", grave(axe()));
        assertTrue(grave.contains("serious color-contrast"), grave);
        assertTrue(grave.contains("serious svg-img-alt"), grave);
        assertTrue((Long) driver.executeScript("return document.documentElement.scrollWidth;") > 390, "the page scrolls");
        assertTrue(overflowing().stream().anyMatch(e -> e.startsWith("TABLE")), "an overflowing table");
        assertTrue(brokenCells().stream().anyMatch(c -> c.endsWith("单位")), "单/位 broken: " + brokenCells());
    }

    /** axe-core's violations on the open page, each as "impact id: help @ where". */
    @SuppressWarnings("unchecked")
    private static List<String> axe() throws IOException {
        driver.executeScript(Files.readString(JS.resolve("node_modules/axe-core/axe.min.js"), StandardCharsets.UTF_8));
        return (List<String>) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document).then(r => done(r.violations.map(v => v.impact + ' ' + v.id + ': ' + v.help + ' @ '"
                + " + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '))), e => done(['error ' + e]));");
    }

    private static List<String> grave(List<String> violations) {
        return violations.stream().filter(v -> v.startsWith("serious") || v.startsWith("critical")
                || v.startsWith("error")).toList();
    }

    /** The elements reaching past the screen's right edge outside a box that scrolls (the tables' boxes). */
    @SuppressWarnings("unchecked")
    private static List<String> overflowing() {
        return (List<String>) driver.executeScript("return [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > 391 && !e.closest('.scroll'))"
                + ".map(e => e.tagName + ' ' + e.textContent.slice(0, 40));");
    }

    /**
     * The table cells too narrow for their words: a cell's lines, counted from its text's boxes (boxes
     * that overlap vertically, such as a raised finding mark beside its value, are one line), against
     * its characters; fewer than three characters a line is a broken column.
     */
    @SuppressWarnings("unchecked")
    private static List<String> brokenCells() {
        return (List<String>) driver.executeScript("const out = [];"
                + "for (const cell of document.querySelectorAll('th, td')) {"
                + "  const text = cell.textContent.trim(); if (text.length < 2) continue;"
                + "  const rects = []; const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);"
                + "  for (let n = walk.nextNode(); n; n = walk.nextNode()) {"
                + "    if (!n.data.trim()) continue; const r = document.createRange(); r.selectNodeContents(n);"
                + "    for (const rect of r.getClientRects()) if (rect.width > 0) rects.push(rect); }"
                + "  rects.sort((a, b) => a.top - b.top); let lines = 0, bottom = -Infinity;"
                + "  for (const r of rects) { if (r.top >= bottom - 1) { lines++; bottom = r.bottom; }"
                + "    else bottom = Math.max(bottom, r.bottom); }"
                + "  if (lines > 1 && text.length < lines * 3) out.push(lines + ' lines: ' + text);"
                + "} return out;");
    }

    /** A full-page screenshot: the viewport stretched to the page's height for one capture. */
    private static void screenshot(String png, int width) throws IOException {
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight;");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", (int) Math.min(height, 16_000), "deviceScaleFactor", 1, "mobile", width < 600));
        byte[] shot = driver.getScreenshotAs(OutputType.BYTES);
        Files.write(OUT.resolve(png), shot);
        assertTrue(shot.length > 10_000, "a screenshot with something in it");
    }

    @Test
    void htmlValidateAcceptsEveryPage() throws Exception {
        Path cli = JS.resolve("node_modules/html-validate/bin/html-validate.mjs");
        assertTrue(Files.isRegularFile(cli), "html-validate is not installed: run 'npm ci' in " + JS
                + " (the cli module's build does it when node_modules is missing)");
        List<String> cmd = new ArrayList<>(List.of("node", cli.toString(), "--config",
                JS.resolve(".htmlvalidate.json").toString()));
        for (String page : List.of("report-zh.html", "report-en.html", "digest-zh.html")) cmd.add(OUT.resolve(page).toString());
        Path log = OUT.resolve("html-validate.txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "html-validate did not finish");
        assertEquals(0, p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
