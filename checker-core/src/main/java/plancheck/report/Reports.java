package plancheck.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The report formats plancheck writes, by the name users give with --format. */
public final class Reports {
    private static final Map<String, ReportWriter> WRITERS = new LinkedHashMap<>();

    static {
        for (ReportWriter w : List.of(new TextReport(), new JsonReport(), new HtmlReport(), new SarifReport(), new JUnitReport())) WRITERS.put(w.format(), w);
    }

    private Reports() {
    }

    public static Optional<ReportWriter> byName(String name) {
        return Optional.ofNullable(WRITERS.get(name));
    }

    public static List<String> names() {
        return List.copyOf(WRITERS.keySet());
    }
}
