package plancheck.model;

/**
 * One plan document: who issued it and for which period. {@code parent} is the region it belongs to
 * (a district's city), empty for a top-level region.
 */
public record Plan(String planId, String region, Level level, String parent,
                   int periodStart, int periodEnd, String title, String file) {
    public Plan {
        parent = parent == null ? "" : parent;
        title = title == null ? "" : title;
        file = file == null ? "" : file;
    }
}
