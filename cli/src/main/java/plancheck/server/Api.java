package plancheck.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import plancheck.annotate.Annotator;
import plancheck.engine.Severity;
import plancheck.read.InputError;
import plancheck.read.Inputs;

/**
 * The HTTP API: {@code check} answers the JSON report, {@code review} (what the page calls) the
 * reports of every format with the problems in plain words, {@code annotate} the document back with
 * the findings in it. Each request's files live in a folder of their own, deleted before the answer
 * leaves.
 */
final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PAGE_FORMATS = List.of("html", "json", "sarif", "csv");
    private static final Map<String, String> ANNOTATED_TYPES = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "pdf", "application/pdf");
    private final Review review;
    private final CheckQueue queue;
    private final ServerLimits limits;
    private final Path temp;

    Api(Review review, CheckQueue queue, ServerLimits limits, Path temp) {
        this.review = review;
        this.queue = queue;
        this.limits = limits;
        this.temp = temp;
    }

    void handle(String endpoint, Request request, Response response, Callback callback) {
        Plain words = words(request, null);
        if (!List.of("check", "review", "annotate").contains(endpoint)) {
            refuse(response, callback, words, new Refusal(404, "not-found"));
            return;
        }
        Path folder = null;
        int status;
        byte[] body;
        String type = "application/json; charset=utf-8";
        String disposition = null;
        try {
            folder = Files.createTempDirectory(temp, "request-");
            Upload upload = Upload.read(request, folder, limits);
            words = words(request, upload.fields().get("lang"));
            String lang = words.lang();
            if (endpoint.equals("annotate")) {
                String kind = annotatable(upload);
                Review.Annotated a = queue.run(() -> review.annotate(upload, lang));
                if (a.document() == null) {
                    status = 422;
                    body = JSON.writeValueAsBytes(page(a.outcome(), upload, words, true));
                } else {
                    status = 200;
                    body = a.document();
                    type = ANNOTATED_TYPES.get(kind);
                    disposition = attachment(Inputs.name(Annotator.defaultTarget(upload.documents().get(0))));
                }
            } else {
                List<String> formats = endpoint.equals("check") ? List.of("json") : PAGE_FORMATS;
                Review.Outcome outcome = queue.run(() -> review.run(upload, lang, formats));
                boolean nothingRead = outcome.result().figures().isEmpty() && !outcome.errors().isEmpty();
                status = nothingRead ? 422 : 200;
                if (endpoint.equals("check") && !nothingRead) {
                    body = outcome.reports().get("json").getBytes(StandardCharsets.UTF_8);
                } else {
                    body = JSON.writeValueAsBytes(page(outcome, upload, words, nothingRead));
                }
            }
        } catch (Refusal r) {
            status = r.status();
            body = refusal(words, r);
        } catch (Exception | StackOverflowError e) {
            status = 500;
            body = refusal(words, new Refusal(500, "internal"));
        } finally {
            if (folder != null) ReviewServer.deleteTree(folder);
        }
        if (disposition != null) response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, disposition);
        send(response, callback, status, type, body);
    }

    /** The extension of the upload's one document, refused unless the annotator writes it (.docx, .pdf). */
    private static String annotatable(Upload upload) throws Refusal {
        if (upload.documents().size() != 1) throw new Refusal(400, "one-document");
        String name = Inputs.name(upload.documents().get(0));
        String kind = Upload.extension(name);
        if (!ANNOTATED_TYPES.containsKey(kind)) throw new Refusal(415, "not-annotatable", name);
        return kind;
    }

    /**
     * A download named {@code name}: an ASCII fallback for old clients, the UTF-8 name (RFC 6266)
     * for the rest, as Chinese file names are the rule here.
     */
    static String attachment(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._()-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** What the page shows: the reports, the summary, and each problem in plain words. */
    private static Map<String, Object> page(Review.Outcome outcome, Upload upload, Plain words, boolean nothingRead) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", !nothingRead);
        if (nothingRead) m.put("error", words.say("nothing-read"));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", upload.documents().size() + upload.references().size());
        summary.put("plans", outcome.result().plans().size());
        summary.put("figures", outcome.result().figures().size());
        summary.put("errors", outcome.result().count(Severity.ERROR));
        summary.put("warnings", outcome.result().count(Severity.WARNING));
        summary.put("infos", outcome.result().count(Severity.INFO));
        m.put("summary", summary);
        List<Map<String, Object>> problems = new ArrayList<>();
        List<String> untitled = new ArrayList<>();
        for (InputError e : outcome.errors()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("file", e.file());
            p.put("line", e.line());
            p.put("text", words.say(e));
            problems.add(p);
            if (Plain.wantsMetadata(e)) untitled.add(e.file());
        }
        m.put("problems", problems);
        m.put("untitled", untitled);
        m.put("documents", upload.documents().stream().map(d -> d.getFileName().toString()).toList());
        if (!nothingRead) m.put("reports", outcome.reports());
        return m;
    }

    static void refuse(Response response, Callback callback, Plain words, Refusal r) {
        send(response, callback, r.status(), "application/json; charset=utf-8", refusal(words, r));
    }

    private static byte[] refusal(Plain words, Refusal r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", false);
        m.put("error", r.text(words));
        try {
            return JSON.writeValueAsBytes(m);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(Response response, Callback callback, int status, String type, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        if (status == 503) response.getHeaders().put(HttpHeader.RETRY_AFTER, String.valueOf(CheckQueue.RETRY_AFTER));
        common(response);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** Headers every answer carries: nothing cached, nothing sniffed, no referrer. */
    static void common(Response response) {
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", "no-referrer");
    }

    /** The language asked for: the form's {@code lang}, else {@code ?lang=}, else the browser's first language. */
    static Plain words(Request request, String field) {
        if (field != null && !field.isEmpty()) return Plain.of(field);
        String query = Request.extractQueryParameters(request).getValue("lang");
        if (query != null) return Plain.of(query);
        String accept = request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE);
        return Plain.of(accept == null ? "zh" : accept.trim());
    }

    /**
     * Whether a browser's request comes from this server's own page: another site's page may not
     * make a visitor's browser upload here. Requests without an Origin (curl, pipelines) pass.
     */
    static boolean sameOrigin(Request request) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin == null || origin.equals("null")) return origin == null;
        String host = request.getHeaders().get(HttpHeader.HOST);
        try {
            URI o = URI.create(origin);
            return host != null && o.getRawAuthority() != null && o.getRawAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
