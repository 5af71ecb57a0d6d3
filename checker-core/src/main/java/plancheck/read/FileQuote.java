package plancheck.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import plancheck.model.Source;
import plancheck.model.StoredText;

/**
 * A CSV or JSON field's text left in its file: where its bytes are, and their hash (the first of {@link RowParser#hash}),
 * which tells whether the file still holds them when the text is read back. 40 bytes a quote instead
 * of the ~100 its String would take, and no decoding while reading.
 */
record FileQuote(Path file, long offset, int length, long digest) implements StoredText {

    /** The file {@link #readAll} has open while it reads, on its thread. */
    private record Open(Path file, FileChannel channel) {
    }

    private static final ThreadLocal<Open> OPEN = new ThreadLocal<>();

    @Override
    public String text() {
        Open open = OPEN.get();
        try {
            if (open != null && open.file().equals(file)) return read(open.channel());
            try (FileChannel in = FileChannel.open(file)) {
                return read(in);
            }
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private String read(FileChannel in) throws IOException {
        byte[] bytes = new byte[length];
        ByteBuffer into = ByteBuffer.wrap(bytes);
        while (into.hasRemaining()) {
            if (in.read(into, offset + into.position()) < 0) return "";
        }
        long[] hashes = new long[2];
        RowParser.hash(bytes, 0, length, hashes, 0);
        return hashes[0] == digest ? new String(bytes, StandardCharsets.UTF_8) : "";
    }

    /**
     * Reads the stored quotes of {@code sources} now, each file opened once and the files shared out
     * over the cores (a source keeps its quote once read); the files are closed before this returns.
     */
    static void readAll(Iterable<Source> sources) {
        Map<Path, List<Source>> byFile = new HashMap<>();
        for (Source s : sources) {
            if (s.stored() instanceof FileQuote q) byFile.computeIfAbsent(q.file(), k -> new ArrayList<>()).add(s);
        }
        byFile.entrySet().parallelStream().forEach(e -> {
            try (FileChannel in = FileChannel.open(e.getKey())) {
                OPEN.set(new Open(e.getKey(), in));
                for (Source s : e.getValue()) s.quote();
            } catch (IOException ex) {
                // unreadable now: each quote, asked for later, comes out empty
            } finally {
                OPEN.remove();
            }
        });
    }
}
