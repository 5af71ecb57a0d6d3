package plancheck.server;

import java.time.Duration;

/**
 * What one review server allows: the size of a request, how many checks run at once and how many
 * wait, how long a check may run, and how long the server waits for a client that sends nothing.
 */
public record ServerLimits(long maxUpload, int maxChecks, int queue, Duration checkTimeout, Duration readTimeout) {
    public static final long DEFAULT_MAX_UPLOAD = 50L << 20;

    public ServerLimits {
        if (maxUpload < 1 || maxChecks < 1 || queue < 0) throw new IllegalArgumentException("limits must be positive");
    }

    /** 50 MB a request, two checks at a time and 32 waiting, a minute a check, 30 s of silence. */
    public static ServerLimits defaults() {
        return new ServerLimits(DEFAULT_MAX_UPLOAD, 2, 32, Duration.ofSeconds(60), Duration.ofSeconds(30));
    }

    public ServerLimits withMaxUpload(long bytes) {
        return new ServerLimits(bytes, maxChecks, queue, checkTimeout, readTimeout);
    }

    public ServerLimits withChecks(int running, int waiting) {
        return new ServerLimits(maxUpload, running, waiting, checkTimeout, readTimeout);
    }

    public ServerLimits withTimeouts(Duration check, Duration read) {
        return new ServerLimits(maxUpload, maxChecks, queue, check, read);
    }
}
