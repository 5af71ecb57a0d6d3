package plancheck.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The report formats plancheck writes, by the name users give with --format. */
public final class Reports {
    private static final Map<String, ReportWriter> WRITERS = new LinkedHashMap<>();

    static {
        for (ReportWriter w : List.of(new TextReport(), new JsonReport(), new HtmlReport(), new SarifReport(), new JUnitReport(), new GitHubReport())) WRITERS.put(w.format(), w);
    }

    private Reports() {
    }

    public static Optional<ReportWriter> byName(String name) {
        return Optional.ofNullable(WRITERS.get(name));
    }

    /**
     * The writers the names ask for, each once, in the order given; {@code option} is what the
     * user's surface calls the setting (--format, format), for the message about an unknown name.
     */
    public static List<ReportWriter> parse(java.util.Collection<String> names, String option) {
        java.util.LinkedHashSet<ReportWriter> writers = new java.util.LinkedHashSet<>();
        for (String name : names) {
            writers.add(byName(name.trim()).orElseThrow(() -> new IllegalArgumentException(
                    "unknown " + option + " '" + name.trim() + "' (known: " + String.join(", ", names()) + ")")));
        }
        return List.copyOf(writers);
    }

    public static List<String> names() {
        return List.copyOf(WRITERS.keySet());
    }
}
