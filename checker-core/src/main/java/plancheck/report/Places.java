package plancheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import plancheck.CheckResult;
import plancheck.engine.Finding;
import plancheck.engine.WaivedFinding;
import plancheck.model.Source;
import plancheck.read.InputError;
import plancheck.read.Inputs;
import plancheck.read.text.TextDecoder;

/**
 * The places one report links to, as code-scanning views (SARIF) and CI annotations (GitHub) want
 * them: paths relative to the source root ({@code %SRCROOT%}), full regions whose snippet starts at
 * the region's column, and for a figure a data row quotes from a document, which of the two to show. The lines the regions need are read
 * from the files once, when the places are known (a large CSV is streamed, keeping only those lines);
 * a file that is missing or not text gets a region made from the quote alone.
 */
final class Places {
    static final String SRCROOT = "%SRCROOT%";
    /** Documents are decoded whole, as the reader does; it refuses larger ones anyway. */
    private static final long MAX_DOCUMENT = 8L << 20;

    /** Where a place is and what stands there, in SARIF's 1-based UTF-16 columns. */
    record Region(int startLine, int startColumn, int endLine, int endColumn, String snippet, String lineText) {
    }

    private final Path root;
    /** The folder the sources' relative file names start from. */
    private final Path names;
    private final ObjectMapper mapper;
    /** Per file (as the sources name it), the text of the lines asked for. */
    private final Map<String, Map<Integer, String>> lines = new HashMap<>();
    private final Map<String, Boolean> exists = new HashMap<>();

    /** Reads the lines of every place in {@code places} (sources with their rows read, related places). */
    Places(Path root, Path names, ObjectMapper mapper, Collection<Source> places) {
        this.root = root;
        this.names = names;
        this.mapper = mapper;
        Map<String, TreeSet<Integer>> wanted = new TreeMap<>();
        for (Source s : places) {
            // A Word, PDF or web page place has no text line to read: its quote and locator say where it is.
            if (s.line() > 0 && !s.file().isEmpty() && s.locator().isEmpty()) {
                wanted.computeIfAbsent(s.file(), k -> new TreeSet<>()).add(s.line());
            }
        }
        wanted.forEach((file, numbers) -> {
            if (exists(file)) lines.put(file, read(names.resolve(file), numbers));
        });
    }

    /** The places of a report on {@code r}: every finding's (waived ones too), the rows read, and the input errors'. */
    static Places of(CheckResult r, ReportOptions o, ObjectMapper mapper) {
        List<Source> all = new ArrayList<>();
        for (Finding f : r.findings()) addPlaces(all, f);
        for (WaivedFinding w : r.waived()) addPlaces(all, w.finding());
        for (InputError e : r.errors()) all.add(new Source(e.file(), e.line(), e.column(), ""));
        return new Places(o.sourceRoot(), o.namesFrom(), mapper, all);
    }

    private static void addPlaces(List<Source> all, Finding f) {
        all.add(f.source());
        all.add(f.source().read());
        all.addAll(f.related());
    }

    /** Whether the file a source names is there to link to. */
    boolean exists(String file) {
        return exists.computeIfAbsent(file, f -> {
            try {
                return !f.isEmpty() && Files.isRegularFile(names.resolve(f));
            } catch (InvalidPathException e) {
                return false;
            }
        });
    }

    /**
     * Where a finding about {@code quoted} is shown: the document when it is there (or was itself what
     * was read), else the data row that quotes it.
     */
    Source primary(Source quoted) {
        Source read = quoted.read();
        return read == quoted || exists(quoted.file()) ? quoted : read;
    }

    /** The other of the document and the row that quotes it, or null when the figure was read where it stands. */
    Source secondary(Source quoted) {
        Source read = quoted.read();
        if (read == quoted) return null;
        return primary(quoted) == quoted ? read : quoted;
    }

    /** A {@code physicalLocation}: the artifact and, for a place with a line, its region. */
    ObjectNode physical(Source s) {
        ObjectNode loc = mapper.createObjectNode();
        ObjectNode art = loc.putObject("artifactLocation");
        art.put("uri", uri(s.file()));
        art.put("uriBaseId", SRCROOT);
        Region r = region(s);
        if (r != null) {
            ObjectNode region = loc.putObject("region");
            region.put("startLine", r.startLine());
            region.put("startColumn", r.startColumn());
            region.put("endLine", r.endLine());
            region.put("endColumn", r.endColumn());
            if (!r.snippet().isEmpty()) region.putObject("snippet").put("text", r.snippet());
        }
        // Word and PDF have no lines a viewer can open: the page or table cell goes in the location's properties.
        if (!s.locator().isEmpty()) loc.putObject("properties").put("locator", s.locator());
        return loc;
    }

    /** The absolute URI of the source root, for {@code originalUriBaseIds}. */
    String rootUri() {
        String u = root.toUri().toASCIIString();
        return u.endsWith("/") ? u : u + "/";
    }

    /**
     * The region of a place: the quote where it stands in its line (from the source's column on),
     * else the line from the column (or its first character) to its end; without the file's text,
     * the quote from the source's column. Null for a place without a line.
     */
    Region region(Source s) {
        if (s.line() <= 0) return null;
        String quote = s.quote();
        String text = lines.getOrDefault(s.file(), Map.of()).get(s.line());
        if (text != null) {
            int from = Math.max(s.column() - 1, 0);
            int at = quote.isEmpty() ? -1 : text.indexOf(quote, Math.min(from, text.length()));
            if (at < 0 && !quote.isEmpty()) at = text.indexOf(quote);
            if (at >= 0) return new Region(s.line(), at + 1, s.line(), at + quote.length() + 1, quote, text);
            int start = s.column() > 0 && s.column() <= text.length() ? s.column() - 1 : firstNonBlank(text);
            int end = text.stripTrailing().length();
            if (end <= start) return new Region(s.line(), start + 1, s.line(), start + 1, "", text);
            return new Region(s.line(), start + 1, s.line(), end + 1, text.substring(start, end), text);
        }
        int start = Math.max(s.column(), 1);
        int newline = quote.lastIndexOf('\n');
        if (newline < 0) return new Region(s.line(), start, s.line(), start + quote.length(), quote, null);
        int endLine = s.line() + (int) quote.chars().filter(c -> c == '\n').count();
        return new Region(s.line(), start, endLine, quote.length() - newline, quote, null);
    }

    private static int firstNonBlank(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    /** The file as a URI reference relative to the source root ({@code ../} when outside it). */
    String uri(String file) {
        return relativeUri(path(file));
    }

    /** The file's path relative to the source root ({@code ../} when outside it), with '/'. */
    String path(String file) {
        String rel;
        try {
            Path abs = names.resolve(file).toAbsolutePath().normalize();
            rel = java.util.Objects.equals(abs.getRoot(), root.getRoot()) ? root.relativize(abs).toString() : file;
        } catch (InvalidPathException e) {
            rel = file;
        }
        return rel.replace('\\', '/');
    }

    /** A relative URI reference for a path, with spaces and non-ASCII characters percent-encoded. */
    static String relativeUri(String path) {
        try {
            // A first segment with ':' would read as a scheme: "./" keeps it a path.
            String p = path.indexOf(':') >= 0 && (path.indexOf('/') < 0 || path.indexOf(':') < path.indexOf('/'))
                    ? "./" + path : path;
            return new URI(null, null, p, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a URI of " + path, e);
        }
    }

    private static Map<Integer, String> read(Path file, TreeSet<Integer> numbers) {
        Map<Integer, String> out = new HashMap<>();
        try {
            if (Inputs.name(file).toLowerCase(java.util.Locale.ROOT).endsWith(".txt")) {
                if (Files.size(file) > MAX_DOCUMENT) return out;
                String text = TextDecoder.text(Files.readAllBytes(file)).orElse(null);
                if (text == null) return out;
                String[] all = text.split("\r\n|\r|\n", -1);
                for (int n : numbers) if (n <= all.length) out.put(n, all[n - 1]);
                return out;
            }
            // Strict UTF-8 (a malformed byte ends the reading), and only the lines asked for.
            var decoder = StandardCharsets.UTF_8.newDecoder();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
                int last = numbers.last();
                String line;
                for (int n = 1; n <= last && (line = in.readLine()) != null; n++) {
                    if (n == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                    if (numbers.contains(n)) out.put(n, line);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not text, gone, unreadable: the regions come from the quotes instead.
            return out;
        }
        return out;
    }
}
