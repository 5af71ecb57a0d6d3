package plancheck.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code plancheck serve}: the review page and its HTTP API on an embedded Jetty. The rule base is
 * built once here and shared by every check; uploads live in a temporary folder of this server,
 * one sub-folder a request, removed when the request is answered and the whole folder on close.
 */
public final class ReviewServer implements AutoCloseable {
    /** The page's files, served from the jar. */
    private static final String[] STATIC = {"index.html", "app.js", "app.css"};
    private final Server server;
    private final ServerConnector connector;
    private final Path temp;
    private final CheckQueue queue;

    private ReviewServer(Server server, ServerConnector connector, Path temp, CheckQueue queue) {
        this.server = server;
        this.connector = connector;
        this.temp = temp;
        this.queue = queue;
    }

    /** Builds the rule base, then listens on {@code host:port} (port 0: any free one). */
    public static ReviewServer start(String host, int port, ServerLimits limits) throws Exception {
        Review review = new Review();
        Path temp = Files.createTempDirectory("plancheck-serve-");
        CheckQueue queue = new CheckQueue(limits);
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("plancheck-http");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        // A client that sends nothing for this long (a stalled upload, a slow-loris) is dropped.
        connector.setIdleTimeout(limits.readTimeout().toMillis());
        server.addConnector(connector);
        server.setHandler(new Routes(new Api(review, queue, limits, temp), pages(limits)));
        server.setStopTimeout(2000);
        ReviewServer s = new ReviewServer(server, connector, temp, queue);
        try {
            server.start();
        } catch (Exception e) {
            s.close();
            throw e;
        }
        return s;
    }

    /** The address to open, such as {@code http://127.0.0.1:8080/}. */
    public URI address() {
        String host = connector.getHost() == null ? "127.0.0.1" : connector.getHost();
        if (host.contains(":")) host = "[" + host + "]";
        return URI.create("http://" + host + ":" + connector.getLocalPort() + "/");
    }

    /** The folder uploads are kept in while they are checked (empty between requests). */
    public Path temporaryFolder() {
        return temp;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping is best effort; the files below go all the same
        }
        queue.close();
        deleteTree(temp);
    }

    /** Deletes a folder and everything in it, as far as it can. */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a file still open elsewhere; the rest still goes
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // the folder went away meanwhile
        }
    }

    /** The page's files; the page learns the upload limit so that it can say so before sending. */
    private static Map<String, byte[]> pages(ServerLimits limits) throws IOException {
        Map<String, byte[]> pages = new HashMap<>();
        for (String name : STATIC) {
            try (InputStream in = ReviewServer.class.getResourceAsStream(name)) {
                if (in == null) throw new IOException("missing resource plancheck/server/" + name);
                byte[] bytes = in.readAllBytes();
                if (name.equals("index.html")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace("MAX_UPLOAD", String.valueOf(limits.maxUpload()))
                            .getBytes(StandardCharsets.UTF_8);
                }
                pages.put(name, bytes);
            }
        }
        return pages;
    }
}
