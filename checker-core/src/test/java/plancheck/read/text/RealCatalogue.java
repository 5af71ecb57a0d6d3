package plancheck.read.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import plancheck.model.IndicatorCatalogue;

/**
 * The indicator catalogue the rules module ships, read from its source file: checker-core is built
 * before the rules module, so the catalogue is not on this module's class path, and a copy would drift.
 */
final class RealCatalogue {
    static final Path FILE = Path.of("../rules/src/main/resources/plancheck/indicators.csv");
    private static IndicatorCatalogue catalogue;

    private RealCatalogue() {
    }

    static synchronized IndicatorCatalogue get() {
        if (catalogue == null) {
            try (InputStream in = Files.newInputStream(FILE)) {
                catalogue = IndicatorCatalogue.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return catalogue;
    }

    static TextPlanReader reader() {
        return new TextPlanReader(get());
    }
}
