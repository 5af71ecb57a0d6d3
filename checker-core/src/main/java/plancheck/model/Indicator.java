package plancheck.model;

/**
 * One indicator of the catalogue. {@code additive} says whether district values add up to the
 * city's (counts and amounts do; intensities and per-capita figures do not).
 */
public record Indicator(String key, String nameZh, String nameEn, String unit,
                        boolean additive, Direction direction) {
}
