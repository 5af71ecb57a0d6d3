package plancheck.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import plancheck.model.Source;
import plancheck.model.StoredText;

/**
 * A CSV field's text left in its file: where its bytes are, and their hash ({@link RowParser#hashA}),
 * which tells whether the file still holds them when the text is read back. 40 bytes a quote instead
 * of the ~100 its String would take, and no decoding while reading.
 */
record FileQuote(Path file, long offset, int length, long digest) implements StoredText {

    /** The files {@link #readAll} keeps open while it reads, on its thread. */
    private static final ThreadLocal<Map<Path, FileChannel>> OPEN = new ThreadLocal<>();

    @Override
    public String text() {
        Map<Path, FileChannel> open = OPEN.get();
        try {
            if (open == null) {
                try (FileChannel in = FileChannel.open(file)) {
                    return read(in);
                }
            }
            FileChannel in = open.get(file);
            if (in == null) {
                in = FileChannel.open(file);
                open.put(file, in);
            }
            return read(in);
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
        return RowParser.hashA(bytes, 0, length) == digest ? new String(bytes, StandardCharsets.UTF_8) : "";
    }

    /**
     * Reads the quotes of {@code sources} now, opening each file once rather than once a quote (a
     * source keeps its quote once read); the files are closed before this returns.
     */
    static void readAll(Iterable<Source> sources) {
        Map<Path, FileChannel> open = new HashMap<>();
        OPEN.set(open);
        try {
            for (Source s : sources) s.quote();
        } finally {
            OPEN.remove();
            for (FileChannel c : open.values()) {
                try {
                    c.close();
                } catch (IOException e) {
                    // read only: nothing was written that closing could lose
                }
            }
        }
    }
}
