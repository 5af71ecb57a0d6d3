package plancheck.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plancheck.model.Level;
import plancheck.read.document.GivenPlan;

/**
 * The details a reviewer types into the page's form (or a pipeline sends as fields) for documents
 * without a usable title: {@code region}, {@code level}, {@code parent}, {@code period} (2021-2025).
 * They apply to the documents named in {@code untitled} (comma-separated; the page sends the names
 * the server asked about), or to every document in {@code files} when that field is absent; never
 * to reference files.
 */
final class GivenDetails {
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})\\s*[-–—~至到]\\s*(\\d{4})");
    private static final int MAX_FIELD = 50;

    private GivenDetails() {
    }

    /** For each file read, what the user said it is. */
    static Function<Path, GivenPlan> of(Upload upload) throws Refusal {
        GivenPlan given = parse(upload.fields());
        if (given.isEmpty()) return f -> GivenPlan.NONE;
        String named = upload.fields().get("untitled");
        Set<String> untitled = named == null ? null : Set.of(named.split("\\s*[,，、]\\s*"));
        return f -> upload.documents().contains(f)
                && (untitled == null || untitled.contains(f.getFileName().toString())) ? given : GivenPlan.NONE;
    }

    static GivenPlan parse(Map<String, String> fields) throws Refusal {
        String region = text(fields, "region");
        String parent = text(fields, "parent");
        String levelText = text(fields, "level");
        String periodText = text(fields, "period");
        if (region == null && parent == null && periodText == null) return GivenPlan.NONE;
        Level level = null;
        if (levelText != null) {
            level = Level.parse(levelText);
            if (level == null) throw new Refusal(400, "metadata", "level '" + levelText + "' (province, city, district, county)");
        }
        Integer start = null, end = null;
        if (periodText != null) {
            Matcher m = PERIOD.matcher(periodText);
            if (!m.matches()) throw new Refusal(400, "metadata", "period '" + periodText + "' (2021-2025)");
            start = Integer.valueOf(m.group(1));
            end = Integer.valueOf(m.group(2));
            if (end < start || end - start > 10) throw new Refusal(400, "metadata", "period '" + periodText + "' (2021-2025)");
        }
        return new GivenPlan(region, level, parent, start, end, "the review page's form");
    }

    private static String text(Map<String, String> fields, String name) throws Refusal {
        String v = fields.get(name);
        if (v == null || v.isBlank()) return null;
        if (v.length() > MAX_FIELD || v.chars().anyMatch(Character::isISOControl)) {
            throw new Refusal(400, "metadata", name);
        }
        return v.strip();
    }
}
