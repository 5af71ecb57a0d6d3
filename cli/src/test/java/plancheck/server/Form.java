package plancheck.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A multipart/form-data body as a browser sends it, for posting to the server under test. */
final class Form {
    static final String BOUNDARY = "----plancheckTestBoundary7MA4YWxk";
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Form file(String field, String fileName, byte[] content) {
        write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write("\r\n");
        return this;
    }

    Form file(String field, Path file) throws IOException {
        return file(field, file.getFileName().toString(), Files.readAllBytes(file));
    }

    Form field(String name, String value) {
        write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(body.toByteArray());
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    HttpResponse<String> post(URI server, String endpoint) throws IOException, InterruptedException {
        return send(request(server, endpoint));
    }

    /** {@link #post}, the answer's body as bytes (an annotated document). */
    HttpResponse<byte[]> postForBytes(URI server, String endpoint) throws IOException, InterruptedException {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(request(server, endpoint), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest request(URI server, String endpoint) {
        return HttpRequest.newBuilder(server.resolve(endpoint)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes())).build();
    }

    /**
     * Sends on a connection of its own: a pooled one may have been closed by the server's read
     * timeout (a second in these tests) just as it is reused.
     */
    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void write(String s) {
        body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
