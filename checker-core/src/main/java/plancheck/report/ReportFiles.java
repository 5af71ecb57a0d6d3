package plancheck.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import plancheck.CheckResult;

/**
 * Writes reports to files so that a reader never sees half a report: each goes to a temporary file
 * in the target folder and is moved into place only when complete, replacing an earlier report
 * atomically. Shared by the CLI and the Maven plugin.
 */
public final class ReportFiles {
    /** The base name of reports written into a folder: {@code report.<extension>}. */
    public static final String BASE_NAME = "report";
    private static final AtomicLong COUNTER = new AtomicLong();

    private ReportFiles() {
    }

    /**
     * Writes each format once, from the same result, as {@code dir/<baseName>.<extension>} (the CLI's
     * {@link #BASE_NAME}, the plugin's {@code plancheck-report}); returns the files.
     */
    public static List<Path> writeAll(Path dir, String baseName, List<ReportWriter> writers, CheckResult result,
                                      ReportOptions options) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (ReportWriter w : writers) {
            Path target = dir.resolve(baseName + "." + w.extension());
            write(target, w, result, options);
            written.add(target);
        }
        return written;
    }

    /** Writes one report to {@code target} through a temporary file beside it. */
    public static void write(Path target, ReportWriter writer, CheckResult result, ReportOptions options)
            throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null) throw new IOException(target + ": not a file name");
        Files.createDirectories(dir);
        // Not Files.createTempFile: its owner-only permissions would stick to the report.
        Path tmp = dir.resolve("." + abs.getFileName() + "." + ProcessHandle.current().pid() + "."
                + COUNTER.incrementAndGet() + ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                writer.write(result, options, out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
