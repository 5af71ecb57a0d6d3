package plancheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.io.TempDir;
import plancheck.CheckResult;
import plancheck.annotate.Annotator;
import plancheck.config.CheckSetup;
import plancheck.config.SettingsSource;
import plancheck.read.office.FormatsTest;
import plancheck.report.JsonReport;
import plancheck.report.Messages;
import plancheck.report.ReportOptions;

/**
 * The server over real HTTP on 127.0.0.1: a seed document checked as the core checks it, twenty at
 * once, and each kind of bad request answered with a clear 4xx while the server keeps serving.
 */
class ServerApiTest {
    static final Path DOCUMENT = Path.of("seeds", "documents", "002_eb5fe5a3b1811268.txt");
    static final Path CITY = Path.of("seeds", "reference", "tianjin-city-2020-2022.csv");
    private static ReviewServer server;
    private static URI address;

    @BeforeAll
    static void start() throws Exception {
        ServerLimits limits = ServerLimits.defaults().withMaxUpload(5L << 20)
                .withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(1));
        server = ReviewServer.start("127.0.0.1", 0, limits);
        address = server.address();
    }

    @AfterAll
    static void stop() {
        Path temp = server.temporaryFolder();
        server.close();
        assertFalse(Files.exists(temp), "the server's temporary folder is removed on shutdown");
    }

    static Form seed() throws IOException {
        return new Form().file("files", DOCUMENT).file("reference", CITY);
    }

    /** What {@code plancheck check --format json} writes for the same two files, named as uploaded. */
    static String coreReport(Path folder) throws Exception {
        Path doc = Files.copy(DOCUMENT, folder.resolve(DOCUMENT.getFileName()));
        Path city = Files.copy(CITY, folder.resolve(CITY.getFileName()));
        CheckResult r = CheckSetup.of(SettingsSource.empty()).checker().namedFrom(folder).check(List.of(doc, city));
        StringWriter out = new StringWriter();
        new JsonReport().write(r, new ReportOptions(Messages.of("zh"), false), out);
        return out.toString();
    }

    private static void assertNoUploadsLeft() throws IOException {
        try (Stream<Path> left = Files.list(server.temporaryFolder())) {
            assertEquals(List.of(), left.toList(), "no upload is kept after its answer");
        }
    }

    private static void assertRefused(HttpResponse<String> r, int status, String words) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.body().contains(words), r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), "no stack trace: " + r.body());
        stillServing();
    }

    private static void stillServing() throws Exception {
        assertEquals(200, seed().post(address, "api/check").statusCode(), "the server still serves");
        assertNoUploadsLeft();
    }

    @Test
    void aSeedDocumentGetsTheCoresReport(@TempDir Path folder) throws Exception {
        HttpResponse<String> r = seed().post(address, "api/check");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(coreReport(folder), r.body());
        assertTrue(r.body().contains("\"file\" : \"002_eb5fe5a3b1811268.txt\""), "named as uploaded, not by a path");
        assertNoUploadsLeft();
    }

    @Test
    void twentyConcurrentUploadsAreAnsweredLikeASerialOne() throws Exception {
        String serial = seed().post(address, "api/check").body();
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) answers.add(clients.submit(() -> seed().post(address, "api/check")));
            for (Future<HttpResponse<String>> a : answers) {
                HttpResponse<String> r = a.get();
                assertEquals(200, r.statusCode(), r.body());
                assertEquals(serial, r.body());
            }
        } finally {
            clients.shutdownNow();
        }
        assertNoUploadsLeft();
    }

    @Test
    void thePageGetsEveryFormatAndTheExtractedFigures() throws Exception {
        HttpResponse<String> r = seed().field("lang", "en").post(address, "api/review");
        assertEquals(200, r.statusCode(), r.body());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
        assertTrue(json.get("ok").asBoolean());
        assertEquals(2, json.at("/summary/warnings").asInt());
        assertTrue(json.at("/reports/html").asText().startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(json.at("/reports/sarif").asText().contains("\"version\" : \"2.1.0\""));
        String csv = json.at("/reports/csv").asText();
        assertTrue(csv.startsWith("plan_id,region,level,parent,period_start,period_end,indicator"), csv);
        assertTrue(csv.contains(",002_eb5fe5a3b1811268.txt,"), "the extracted figures name the upload");
    }

    @Test
    void aWordDocumentComesBackWithACommentAtEachFinding(@TempDir Path folder) throws Exception {
        Path docx = FormatsTest.write(Path.of("seeds", "documents", "001_daa27daca99d145a.txt"), "docx", folder);
        Form upload = new Form().file("files", docx).file("reference", CITY).field("lang", "en");
        HttpResponse<byte[]> r = upload.postForBytes(address, "api/annotate");
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("")
                .contains("filename=\"001_daa27daca99d145a.annotated.docx\""), r.headers()::toString);
        List<String> rules = new ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(upload.post(address, "api/check").body())
                .get("findings").forEach(f -> rules.add(f.get("rule").asText()));
        assertEquals(List.of("scope.label", "scope.label"), rules, "the check of the same upload");
        try (XWPFDocument annotated = new XWPFDocument(new java.io.ByteArrayInputStream(r.body()))) {
            List<String> comments = new ArrayList<>();
            for (XWPFComment c : annotated.getComments()) {
                assertEquals(Annotator.AUTHOR, c.getAuthor());
                comments.add(c.getText().replaceFirst("(?s).* \\[([a-z.-]+)\\].*", "$1"));
            }
            assertEquals(rules, comments, "one comment per finding, in English as asked");
        }
        assertNoUploadsLeft();
    }

    @Test
    void onlyWordAndPdfDocumentsAreAnnotated() throws Exception {
        assertRefused(seed().field("lang", "en").post(address, "api/annotate"), 415,
                "002_eb5fe5a3b1811268.txt\\\" cannot be annotated: comments are written into Word (.docx) and PDF files only");
        assertRefused(new Form().file("files", DOCUMENT).file("files", CITY).post(address, "api/annotate"), 400,
                "批注只能一次一个文档");
    }

    /** Text copied from a web page: it starts at 发布日期 and names neither its region nor its period. */
    static final String UNTITLED = "发布日期：2021-03-01\n\n一、工作目标\n\n"
            + "到2025年，全区高新技术企业突破125家，全市有效发明专利达到1110件，技术合同成交额达到 亿元。\n";

    @Test
    void aDocumentWithoutATitleIsCheckedWithTheDetailsGiven() throws Exception {
        byte[] draft = UNTITLED.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> asked = new Form().file("files", "draft.txt", draft).file("reference", CITY).post(address, "api/review");
        assertEquals(200, asked.statusCode(), "the city's figures are read: " + asked.body());
        assertTrue(asked.body().contains("\"untitled\":[\"draft.txt\"]"), asked.body());
        HttpResponse<String> r = new Form().file("files", "draft.txt", draft).file("reference", CITY)
                .field("region", "津南区").field("level", "district").field("parent", "天津市").field("period", "2021-2025")
                .post(address, "api/check");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"plan\" : \"jinnan-2021-2025\""), r.body());
        assertTrue(r.body().contains("\"rule\" : \"target.blank\""), r.body());
        byte[] config = ("{\"documents\": {\"draft.txt\": {\"region\": \"津南区\", \"level\": \"district\", "
                + "\"parent\": \"天津市\", \"period\": \"2021-2025\"}}}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> named = new Form().file("files", "draft.txt", draft).file("config", "plancheck.json", config)
                .post(address, "api/check");
        assertEquals(200, named.statusCode(), named.body());
        assertTrue(named.body().contains("\"plan\" : \"jinnan-2021-2025\""), "the settings' documents section: " + named.body());
        assertRefused(new Form().file("files", "draft.txt", draft).field("region", "津南区").field("period", "2025")
                .post(address, "api/check?lang=en"), 400, "The plan details given are wrong: period '2025' is not START-END");
    }

    @Test
    void anEmptyUploadIsRefused() throws Exception {
        assertRefused(new Form().field("lang", "zh").post(address, "api/check"), 400, "没有收到文件");
        assertRefused(new Form().file("files", "", new byte[0]).post(address, "api/check?lang=en"), 400, "No file arrived");
    }

    @Test
    void aBodyThatIsNotAFormIsRefused() throws Exception {
        HttpRequest json = HttpRequest.newBuilder(address.resolve("api/check?lang=en"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        assertRefused(Form.send(json), 415, "This is not a file upload");
    }

    @Test
    void aFileThatIsNotADocumentIsRefused() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        assertRefused(new Form().file("files", "chart.png", png).post(address, "api/check"), 415, "“chart.png”不是规划文档");
        assertRefused(new Form().file("files", "draft.docx", "这是文本".getBytes(StandardCharsets.UTF_8))
                .post(address, "api/check"), 415, "“draft.docx”不是 Word 文档");
        HttpResponse<String> binary = new Form().file("files", "plan.txt", png).post(address, "api/review");
        assertRefused(binary, 422, "“plan.txt”既不是文本文件");
    }

    @Test
    void aPathInTheFileNameIsCutToItsBaseName() throws Exception {
        assertRefused(new Form().file("files", "../../etc/passwd", "x".getBytes(StandardCharsets.UTF_8))
                .post(address, "api/check"), 415, "“passwd”不是规划文档");
        HttpResponse<String> r = new Form().file("files", "..\\..\\etc/../plan.txt", "x".getBytes(StandardCharsets.UTF_8))
                .post(address, "api/review");
        assertRefused(r, 422, "\"file\":\"plan.txt\"");
        assertEquals("plan.txt", Upload.baseName("../../plan.txt"));
        assertEquals("upload.txt", Upload.baseName("/.. .txt"));
        assertEquals("a_b.csv", Upload.baseName("C:\\x\\a\u0000b.csv"));
    }

    @Test
    void aZipBombDocxIsRefusedUnread() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) z.write(zeros);
            z.closeEntry();
        }
        assertTrue(zip.size() < 200_000, "64 MB packed small: " + zip.size());
        assertRefused(new Form().file("files", "bomb.docx", zip.toByteArray()).post(address, "api/check"), 413, "压缩炸弹");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        // Declared 200 MB: answered at once, whatever the client goes on sending.
        String answer = rawPost("Content-Length: " + (200L << 20) + "\r\n", 1 << 20, 0);
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("一次最多 5 MB"), answer);
        // Sent in chunks, without a length: stopped when the limit is passed.
        answer = rawPost("Transfer-Encoding: chunked\r\n", 200 << 20, 0);
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        stillServing();
    }

    @Test
    void aClientThatStopsSendingIsDropped() throws Exception {
        long t0 = System.nanoTime();
        String answer = rawPost("Content-Length: 100000\r\n", 1000, 30_000);
        assertTrue(answer.startsWith("HTTP/1.1 408") || answer.isEmpty(), answer);
        assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "dropped after the read timeout, not when the client gives up");
        stillServing();
    }

    @Test
    void aCheckPastItsTimeLimitIsCancelledInPlainWords() throws Exception {
        ServerLimits limits = ServerLimits.defaults().withTimeouts(Duration.ofMillis(1), Duration.ofSeconds(5));
        try (ReviewServer quick = ReviewServer.start("127.0.0.1", 0, limits)) {
            HttpResponse<String> r = seed().post(quick.address(), "api/check?lang=en");
            assertEquals(503, r.statusCode(), r.body());
            assertEquals(String.valueOf(CheckQueue.RETRY_AFTER), r.headers().firstValue("Retry-After").orElse(""));
            assertTrue(r.body().contains("ran past its limit"), r.body());
        }
    }

    @Test
    void anotherSitesPageMayNotUpload() throws Exception {
        HttpRequest r = HttpRequest.newBuilder(address.resolve("api/check")).header("Origin", "http://evil.example")
                .header("Content-Type", "multipart/form-data; boundary=" + Form.BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(seed().bytes())).build();
        assertRefused(Form.send(r), 403, "其他网站");
    }

    @Test
    void theSettingsFileMayNotLoadFilesFromTheServer() throws Exception {
        byte[] config = "{\"ruleFiles\": [\"/etc/passwd\"]}".getBytes(StandardCharsets.UTF_8);
        assertRefused(seed().file("config", "plancheck.json", config).post(address, "api/check"), 400, "规则文件是程序代码");
        byte[] off = "{\"severities\": {\"aggregate.share\": \"off\"}}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = seed().file("config", "plancheck.json", off).post(address, "api/check");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"findings\" : [ ]"), r.body());
        byte[] typo = "{\"severities\": {\"aggregate.shar\": \"off\"}}".getBytes(StandardCharsets.UTF_8);
        assertRefused(seed().file("config", "plancheck.json", typo).post(address, "api/check"), 400,
                "plancheck.json: unknown rule id 'aggregate.shar'");
    }

    /**
     * Posts a multipart head with {@code extra} headers, then {@code bytes} of body (chunked when so
     * declared), then waits {@code stallMillis}; returns what the server answered (empty if it only closed).
     */
    private static String rawPost(String extra, long bytes, int stallMillis) throws Exception {
        try (Socket s = new Socket(address.getHost(), address.getPort())) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/check HTTP/1.1\r\nHost: " + address.getAuthority() + "\r\nContent-Type: multipart/form-data; boundary="
                    + Form.BOUNDARY + "\r\n" + extra + "\r\n").getBytes(StandardCharsets.US_ASCII));
            boolean chunked = extra.contains("chunked");
            Thread sender = new Thread(() -> {
                byte[] block = new byte[64 * 1024];
                try {
                    for (long sent = 0; sent < bytes; sent += block.length) {
                        int n = (int) Math.min(block.length, bytes - sent);
                        if (chunked) out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(block, 0, n);
                        if (chunked) out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                    Thread.sleep(stallMillis);
                } catch (IOException | InterruptedException e) {
                    // the server closed the connection: what is tested
                }
            });
            sender.setDaemon(true);
            sender.start();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            try {
                byte[] buf = new byte[8192];
                for (int n; (n = in.read(buf)) > 0; ) {
                    got.write(buf, 0, n);
                    String text = got.toString(StandardCharsets.UTF_8);
                    if (text.contains("\r\n\r\n") && text.endsWith("}")) break;
                }
            } catch (IOException e) {
                // reset after the answer: what was read is the answer
            }
            sender.interrupt();
            return got.toString(StandardCharsets.UTF_8);
        }
    }
}
