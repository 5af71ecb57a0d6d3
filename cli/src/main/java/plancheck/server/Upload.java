package plancheck.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.server.Request;
import plancheck.config.ConfigFile;

/**
 * One request's files, saved in its own temporary folder under names the server makes: a client's
 * file name is cut to a base name of safe characters (its extension kept) and never used as a path.
 * Documents and reference files share the folder {@code in/} so that reports name them alike; the
 * settings go there as {@code plancheck.json} (an empty one when none is sent), so that its
 * {@code documents} section names files as the client named them, and no plancheck.json above the
 * temporary folder is ever taken for theirs.
 *
 * @param documents the files to check ({@code files}), in the order sent
 * @param references the other plans to check them against ({@code reference})
 * @param config the uploaded plancheck.json, or null
 * @param fields the form's text fields (lang, region, level, parent, period)
 */
record Upload(Path folder, List<Path> documents, List<Path> references, Path config, Map<String, String> fields) {
    static final Set<String> EXTENSIONS = Set.of("docx", "doc", "pdf", "html", "htm", "txt", "csv", "json");
    private static final Set<String> TEXT_FIELDS = Set.of("lang", "region", "level", "parent", "period");
    private static final int MAX_NAME = 80;

    /** The folder the plan files are in: reports name files relative to it. */
    Path in() {
        return folder.resolve("in");
    }

    /**
     * Reads the request's multipart body into {@code folder}; a body over {@code maxUpload}, a
     * client that stops sending, a body that is not a form, and a form without files are refusals.
     */
    static Upload read(Request request, Path folder, ServerLimits limits) throws Refusal, IOException {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new Refusal(415, "not-upload");
        }
        long declared = request.getLength();
        if (declared > limits.maxUpload()) throw new Refusal(413, "too-large", Plain.size(limits.maxUpload()));
        MultiPartConfig config = new MultiPartConfig.Builder().location(folder).maxSize(limits.maxUpload())
                .maxPartSize(limits.maxUpload()).maxMemoryPartSize(256 * 1024).maxParts(200).build();
        MultiPartFormData.Parts parts;
        try {
            parts = MultiPartFormData.getParts(request, request, type, config);
        } catch (RuntimeException e) {
            throw refusal(e, limits);
        }
        try (parts) {
            return save(parts, folder);
        }
    }

    private static Upload save(MultiPartFormData.Parts parts, Path folder) throws Refusal, IOException {
        Path in = Files.createDirectories(folder.resolve("in"));
        List<Path> documents = new ArrayList<>();
        List<Path> references = new ArrayList<>();
        Path config = in.resolve(ConfigFile.DEFAULT_NAME);
        Files.writeString(config, "{}");
        boolean configSent = false;
        Map<String, String> fields = new HashMap<>();
        for (MultiPart.Part part : parts) {
            String field = part.getName() == null ? "" : part.getName();
            switch (field) {
                case "files", "reference" -> {
                    // A browser sends an empty part for a file input left empty.
                    if (part.getFileName() == null || part.getFileName().isEmpty() && part.getLength() == 0) continue;
                    String name = baseName(part.getFileName());
                    if (!EXTENSIONS.contains(extension(name))) throw new Refusal(415, "kind", name);
                    Path target = unique(in, name);
                    part.writeTo(target);
                    (field.equals("files") ? documents : references).add(target);
                }
                case "config" -> {
                    if (part.getLength() == 0) continue;
                    Files.delete(config);
                    part.writeTo(config);
                    configSent = true;
                }
                default -> {
                    if (TEXT_FIELDS.contains(field) && part.getLength() <= 1000) {
                        fields.put(field, part.getContentAsString(StandardCharsets.UTF_8).strip());
                    }
                }
            }
        }
        if (documents.isEmpty()) throw new Refusal(400, "empty");
        for (Path d : documents) FileSniff.check(d);
        for (Path r : references) FileSniff.check(r);
        return new Upload(folder, List.copyOf(documents), List.copyOf(references), configSent ? config : null,
                Map.copyOf(fields));
    }

    /** What the parser's failure means for the client: too much, too slow, or not a form. */
    private static Refusal refusal(Throwable e, ServerLimits limits) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) return new Refusal(408, "stalled", limits.readTimeout().toSeconds());
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("max") && (m.contains("exceed") || m.contains("length") || m.contains("size"))) {
                return new Refusal(413, "too-large", Plain.size(limits.maxUpload()));
            }
        }
        return new Refusal(400, "bad-form");
    }

    /**
     * The last segment of a client's file name (either slash), with control characters, separators and
     * characters a shell or file system treats specially replaced, no leading dot, cut to a sane length
     * with its extension kept; never empty.
     */
    static String baseName(String clientName) {
        String s = clientName.substring(Math.max(clientName.lastIndexOf('/'), clientName.lastIndexOf('\\')) + 1);
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isLetterOrDigit(c) || ".-_()（）—–、 ".indexOf(c) >= 0 ? c : '_'));
        String name = b.toString().strip();
        String ext = extension(name);
        String stem = ext.isEmpty() ? name : name.substring(0, name.length() - ext.length() - 1);
        stem = stem.replaceFirst("^[.\\s]+", "").strip();
        if (stem.codePointCount(0, stem.length()) > MAX_NAME) stem = stem.substring(0, stem.offsetByCodePoints(0, MAX_NAME));
        if (stem.isEmpty()) stem = "upload";
        return ext.isEmpty() ? stem : stem + "." + ext;
    }

    /** The extension in lower case, or "" when there is none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** {@code name} in {@code dir}, or {@code name-2}, {@code name-3} … when two uploads share a name. */
    private static Path unique(Path dir, String name) {
        Path p = dir.resolve(name.equals(ConfigFile.DEFAULT_NAME) ? "plancheck-data.json" : name);
        String ext = extension(name);
        String stem = ext.isEmpty() ? name : name.substring(0, name.length() - ext.length() - 1);
        for (int i = 2; Files.exists(p); i++) p = dir.resolve(stem + "-" + i + (ext.isEmpty() ? "" : "." + ext));
        return p;
    }
}
