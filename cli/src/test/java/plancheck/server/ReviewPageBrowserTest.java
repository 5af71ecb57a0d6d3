package plancheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review page in a real headless Chromium driven by Selenium (Debian's chromium and
 * chromium-driver, which .ci/run installs; without them this test fails, it does not skip): a seed
 * document is dropped in, its findings appear in the report and can be filtered, the results download;
 * a document without a title asks for its details; an oversize upload and a file that is no document
 * are answered in plain words. Screenshots are left in cli/target/browser/ for a person to look at.
 */
class ReviewPageBrowserTest {
    private static final Path OUT = Path.of("cli", "target", "browser").toAbsolutePath();
    private static final long SMALL_LIMIT = 200 * 1024;
    private static ReviewServer server;
    private ChromeDriver driver;
    private Path downloads;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(OUT);
        server = ReviewServer.start("127.0.0.1", 0, ServerLimits.defaults().withMaxUpload(SMALL_LIMIT));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        String binary = System.getProperty("plancheck.chromium", "/usr/bin/chromium");
        String driverBinary = System.getProperty("plancheck.chromedriver", "/usr/bin/chromedriver");
        assertTrue(Files.isExecutable(Path.of(binary)) && Files.isExecutable(Path.of(driverBinary)),
                "needs " + binary + " and " + driverBinary + ": apt-get install -y chromium chromium-driver (.ci/run does)");
        downloads = Files.createTempDirectory(OUT, "downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1400", "--lang=zh-CN", "--disable-background-networking", "--disable-component-update");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driverBinary))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        driver.get(server.address().toString());
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) driver.quit();
        ReviewServer.deleteTree(downloads);
    }

    private WebElement waitVisible(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private void choose(String input, Path... files) {
        driver.findElement(By.id(input)).sendKeys(java.util.Arrays.stream(files).map(f -> f.toAbsolutePath().toString())
                .collect(Collectors.joining("\n")));
    }

    private void screenshot(String name) throws IOException {
        Files.write(OUT.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Console errors: a blocked load (the page's policy), a script error. The browser also logs each
     * 4xx answer of the API, which the page shows in words: those are left out.
     */
    private List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !(m.contains("/api/") && m.contains("the server responded with a status of 4"))).toList();
    }

    private Path downloaded(String name) throws Exception {
        Path file = downloads.resolve(name);
        for (int i = 0; i < 200 && !Files.exists(file); i++) Thread.sleep(50);
        assertTrue(Files.exists(file), "downloaded " + name + ": " + List.of(downloads.toFile().list()));
        return file;
    }

    @Test
    void aSeedDocumentShowsItsFindingsAndTheResultsDownload() throws Exception {
        assertEquals("规划指标检查", driver.findElement(By.tagName("h1")).getText());
        choose("files", ServerApiTest.DOCUMENT);
        choose("reference", ServerApiTest.CITY);
        assertTrue(driver.findElement(By.id("file-list")).getText().contains("002_eb5fe5a3b1811268.txt"));
        driver.findElement(By.id("start")).click();
        String summary = waitVisible("result").findElement(By.id("summary")).getText();
        assertEquals("检查了 2 个文件、2 个规划、61 个指标数值：0 个错误，2 个警告，0 个提示。", summary);
        screenshot("serve-report.png");

        driver.switchTo().frame("report");
        List<WebElement> findings = driver.findElements(By.cssSelector("li.finding"));
        assertEquals(2, findings.size());
        assertTrue(findings.get(0).getText().contains("已高于其2022年目标350家"), findings.get(0).getText());
        // The report's own filter: unticking warnings hides both findings.
        driver.findElement(By.cssSelector("label[for=show-warning], #show-warning")).click();
        assertFalse(driver.findElements(By.cssSelector("li.finding")).stream().anyMatch(WebElement::isDisplayed));
        driver.switchTo().defaultContent();

        driver.findElement(By.id("dl-json")).click();
        driver.findElement(By.id("dl-sarif")).click();
        driver.findElement(By.id("dl-csv")).click();
        Path folder = Files.createTempDirectory(OUT, "core");
        assertEquals(ServerApiTest.coreReport(folder), Files.readString(downloaded("002_eb5fe5a3b1811268.json")));
        ReviewServer.deleteTree(folder);
        assertTrue(Files.readString(downloaded("002_eb5fe5a3b1811268.sarif")).contains("\"aggregate.share\""));
        String csv = Files.readString(downloaded("002_eb5fe5a3b1811268.figures.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("plan_id,region,level"), csv);
        assertFalse(driver.findElement(By.id("dl-annotated")).isDisplayed(), "a .txt has no annotated copy");
        assertEquals(List.of(), consoleErrors());
    }

    @Test
    void aWordDocumentDownloadsWithItsFindingsAsComments() throws Exception {
        Path folder = Files.createTempDirectory(OUT, "docx");
        Path docx = plancheck.read.office.FormatsTest.write(Path.of("seeds", "documents", "001_daa27daca99d145a.txt"), "docx", folder);
        choose("files", docx);
        choose("reference", ServerApiTest.CITY);
        driver.findElement(By.id("start")).click();
        waitVisible("result");
        WebElement button = driver.findElement(By.id("dl-annotated"));
        assertTrue(button.isDisplayed(), "a .docx has an annotated copy");
        assertEquals("下载带批注的文档", button.getText());
        screenshot("serve-annotate.png");
        button.click();
        Path annotated = downloaded("001_daa27daca99d145a.annotated.docx");
        try (var in = Files.newInputStream(annotated); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertEquals(2, doc.getComments().length, "one comment per finding");
            assertTrue(doc.getComments()[0].getText().contains("[scope.label]"), doc.getComments()[0].getText());
        }
        ReviewServer.deleteTree(folder);
        assertEquals(List.of(), consoleErrors());
    }

    @Test
    void theEnglishSwitchChangesThePageAndTheReport() throws Exception {
        choose("files", ServerApiTest.DOCUMENT);
        choose("reference", ServerApiTest.CITY);
        driver.findElement(By.id("start")).click();
        waitVisible("result");
        driver.findElement(By.id("lang-switch")).click();
        assertEquals("Plan target check", driver.findElement(By.tagName("h1")).getText());
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElement(By.id("summary")).getText().startsWith("Checked 2 files"));
        waitVisible("result");
        screenshot("serve-report-en.png");
        driver.switchTo().frame("report");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.tagName("html")).getAttribute("lang").equals("en"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.finding")));
        assertTrue(driver.findElement(By.cssSelector("li.finding")).getText().contains("aggregate.share"));
        driver.switchTo().defaultContent();
        assertEquals(List.of(), consoleErrors());
    }

    @Test
    void aDocumentWithoutATitleAsksForItsDetailsAndIsCheckedWithThem() throws Exception {
        Path draft = OUT.resolve("draft.txt");
        Files.writeString(draft, ServerApiTest.UNTITLED, StandardCharsets.UTF_8);
        choose("files", draft);
        choose("reference", ServerApiTest.CITY);
        driver.findElement(By.id("start")).click();
        WebElement form = waitVisible("meta-form");
        assertTrue(driver.findElement(By.id("meta-files")).getText().contains("draft.txt"));
        assertTrue(driver.findElement(By.id("problems")).getText().contains("“draft.txt”没有写明地区和期限的标题"));
        form.findElement(By.id("region")).sendKeys("津南区");
        new org.openqa.selenium.support.ui.Select(form.findElement(By.id("level"))).selectByValue("district");
        form.findElement(By.id("parent")).sendKeys("天津市");
        form.findElement(By.id("period")).sendKeys("2021-2025");
        screenshot("serve-title-form.png");
        form.findElement(By.id("meta-submit")).click();
        String summary = waitVisible("result").findElement(By.id("summary")).getText();
        assertTrue(summary.startsWith("检查了 2 个文件、2 个规划"), summary);
        assertFalse(driver.findElement(By.id("meta-form")).isDisplayed(), "answered: the form goes away");
        driver.switchTo().frame("report");
        assertTrue(driver.findElement(By.id("plan-jinnan-2021-2025")).getText().contains("津南区"));
        assertTrue(driver.findElements(By.cssSelector("li.finding[data-rule='target.blank']")).size() == 1);
        driver.switchTo().defaultContent();
        screenshot("serve-title-given.png");
        assertEquals(List.of(), consoleErrors());
    }

    @Test
    void anOversizeUploadIsRefusedInPlainWords() throws Exception {
        Path big = OUT.resolve("big.txt");
        Files.write(big, new byte[(int) SMALL_LIMIT * 2]);
        choose("files", big);
        driver.findElement(By.id("start")).click();
        assertEquals("上传的文件太大：一次最多 200 KB。", waitVisible("error").getText());
        screenshot("serve-oversize.png");
    }

    @Test
    void aFileThatIsNoDocumentIsRefusedInPlainWords() throws Exception {
        Path png = OUT.resolve("chart.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        choose("files", png);
        driver.findElement(By.id("start")).click();
        String error = waitVisible("error").getText();
        assertTrue(error.startsWith("“chart.png”不是规划文档"), error);
        assertFalse(error.contains("Exception"));
        screenshot("serve-not-a-document.png");
    }
}
