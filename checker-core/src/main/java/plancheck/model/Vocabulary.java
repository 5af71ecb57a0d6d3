package plancheck.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words the document reader understands (verbs, fillers, growth and increment words, units,
 * scopes …), read from {@code plancheck/vocabulary.txt}: phrasing is data, so a new region's way of
 * writing is added there, with a sentence that shows it in the spec fixtures, not in Java.
 */
public final class Vocabulary {
    public static final String RESOURCE = "plancheck/vocabulary.txt";
    private static final Vocabulary STANDARD = load();
    private final Map<String, List<String>> sections;
    /** The word=value sections as read once: the reader asks for them per number. */
    private final Map<String, Map<String, String>> pairs = new java.util.concurrent.ConcurrentHashMap<>();

    private Vocabulary(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    public static Vocabulary standard() {
        return STANDARD;
    }

    /** The words of a section, longest first (so that 提高至 is tried before 提高). */
    public List<String> words(String section) {
        List<String> w = sections.get(section);
        if (w == null) throw new IllegalArgumentException("no section [" + section + "] in " + RESOURCE);
        return w;
    }

    /** The section's words as a regex alternation, longest first. */
    public String alternation(String section) {
        return String.join("|", words(section).stream().map(Pattern::quote).toList());
    }

    /** The longest word of the section that {@code text} ends with, or null. */
    public String endOf(String text, String section) {
        for (String w : words(section)) if (text.endsWith(w)) return w;
        return null;
    }

    /** The longest word of the section that {@code text} starts with, or null. */
    public String startOf(String text, String section) {
        for (String w : words(section)) if (text.startsWith(w)) return w;
        return null;
    }

    /** The longest word of the section that {@code text} contains anywhere, or null. */
    public String in(String text, String section) {
        for (String w : words(section)) if (text.contains(w)) return w;
        return null;
    }

    /** The section's {@code word=value} entries, longest word first; a word without '=' has the value "". */
    public Map<String, String> pairs(String section) {
        return pairs.computeIfAbsent(section, this::readPairs);
    }

    private Map<String, String> readPairs(String section) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String entry : words(section)) {
            int eq = entry.indexOf('=');
            out.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? "" : entry.substring(eq + 1));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Vocabulary load() {
        InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException(RESOURCE + " is not on the class path");
        Map<String, List<String>> sections = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> current = null;
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (t.isEmpty() || (t.startsWith("#"))) continue;
                if (t.startsWith("[") && t.endsWith("]")) {
                    current = sections.computeIfAbsent(t.substring(1, t.length() - 1), k -> new ArrayList<>());
                } else if (current == null) {
                    throw new IllegalStateException(RESOURCE + ": a word before any [section]: " + t);
                } else {
                    current.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (List<String> words : sections.values()) words.sort(Comparator.comparingInt(String::length).reversed());
        return new Vocabulary(Map.copyOf(sections));
    }
}
