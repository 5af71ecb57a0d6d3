package plancheck.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opening input files: strict UTF-8 decoding (bad bytes are an error, never garbage), BOM skipped. */
public final class Inputs {
    private Inputs() {
    }

    public static Reader utf8Reader(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        PushbackReader in = new PushbackReader(
                new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder)), 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') in.unread(first);
        return in;
    }
}
