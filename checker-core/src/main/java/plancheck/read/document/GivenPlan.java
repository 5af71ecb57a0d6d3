package plancheck.read.document;

import plancheck.model.Level;
import plancheck.read.InputError;

/**
 * What the user says a document is, where its title does not (text copied from a web page often
 * starts at 发布日期 or 一、工作目标): any field may be null, and the fields given win over what the
 * title says.
 *
 * @param origin  where it was given (a settings file, command-line flags), for messages
 * @param problem why a settings file that should have said it could not be read (a broken
 *                plancheck.json in the document's folder), or null: the document's input error too
 */
public record GivenPlan(String region, Level level, String parent, Integer start, Integer end, String origin,
                        boolean fallback, InputError problem) {
    public static final GivenPlan NONE = new GivenPlan(null, null, null, null, null, "", true);

    /** Given for one document: these fields win over its title. */
    public GivenPlan(String region, Level level, String parent, Integer start, Integer end, String origin) {
        this(region, level, parent, start, end, origin, false);
    }

    public GivenPlan(String region, Level level, String parent, Integer start, Integer end, String origin,
                     boolean fallback) {
        this(region, level, parent, start, end, origin, fallback, null);
    }

    /** Given for every document (command-line flags): these fields only fill what a title leaves out. */
    public GivenPlan asFallback() {
        return new GivenPlan(region, level, parent, start, end, origin, true, problem);
    }

    /** These fields, and {@code error} to report with the document that met it. */
    public GivenPlan withProblem(InputError error) {
        return new GivenPlan(region, level, parent, start, end, origin, fallback, error);
    }

    public boolean isEmpty() {
        return region == null && level == null && parent == null && start == null && end == null;
    }

    /** These fields, with the gaps filled from {@code other}. */
    public GivenPlan orElse(GivenPlan other) {
        return new GivenPlan(region != null ? region : other.region, level != null ? level : other.level,
                parent != null ? parent : other.parent, start != null ? start : other.start,
                end != null ? end : other.end, isEmpty() ? other.origin : origin, fallback && other.fallback,
                problem != null ? problem : other.problem);
    }
}
