package plancheck.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import plancheck.server.ReviewServer;
import plancheck.server.ServerLimits;

/** {@code plancheck serve}: the review page for people who never open a terminal, and its HTTP API. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Starts a local web server with the review page: drop a plan (Word, PDF, web page, text, CSV, JSON), "
                + "see the report, download the results. The same checks as 'plancheck check', also as an HTTP API "
                + "(POST /api/check, POST /api/annotate).",
            "",
            "The server has no login: bound to anything but 127.0.0.1, anyone who reaches it can upload and read "
                + "results. Put it behind a reverse proxy with authentication."},
        footer = {"", "Example: plancheck serve --port 8080"})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "Port to listen on; 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--max-upload", defaultValue = "50MB", paramLabel = "SIZE",
            description = "Largest request, such as 50MB or 500KB (default: ${DEFAULT-VALUE}).")
    String maxUpload;

    @Option(names = "--max-checks", defaultValue = "2", paramLabel = "N",
            description = "Checks run at the same time (default: ${DEFAULT-VALUE}).")
    int maxChecks;

    @Option(names = "--queue", defaultValue = "32", paramLabel = "N",
            description = "Checks that may wait for their turn; more are answered 503, try later (default: ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--check-timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "A check still running after this long is cancelled (default: ${DEFAULT-VALUE}).")
    int checkTimeout;

    @Option(names = "--read-timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "A client that sends nothing for this long is dropped (default: ${DEFAULT-VALUE}).")
    int readTimeout;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        long bytes = bytes(maxUpload);
        if (bytes < 1 || port < 0 || port > 65535 || maxChecks < 1 || queue < 0 || checkTimeout < 1 || readTimeout < 1) {
            err.println("plancheck: serve: --max-upload, --max-checks, --check-timeout and --read-timeout must be "
                    + "positive, --queue 0 or more, --port 0-65535");
            return Main.INPUT_ERROR;
        }
        ServerLimits limits = new ServerLimits(bytes, maxChecks, queue, Duration.ofSeconds(checkTimeout),
                Duration.ofSeconds(readTimeout));
        ReviewServer server;
        try {
            server = ReviewServer.start(host, port, limits);
        } catch (java.io.IOException e) {
            err.println("plancheck: serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return Main.INPUT_ERROR;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "plancheck-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("plancheck serve: " + server.address() + " (Ctrl-C to stop)");
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            err.println("plancheck: serve: listening on " + host + " without authentication: anyone who reaches it "
                    + "can upload files and read the results");
        }
        out.flush();
        err.flush();
        server.join();
        return 0;
    }

    /** "50MB", "500k", "1g" or a number of bytes; -1 when it is none of these. */
    static long bytes(String size) {
        var m = java.util.regex.Pattern.compile("(\\d{1,12})\\s*([kmg]?)b?").matcher(size.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) return -1;
        int shift = switch (m.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        return Long.parseLong(m.group(1)) << shift;
    }
}
