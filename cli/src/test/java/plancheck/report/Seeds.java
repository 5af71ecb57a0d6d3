package plancheck.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.engine.Settings;

/**
 * The Tianjin district seeds' hand-made data (001–003) and the city's targets, with the real rule
 * base: the report tests look at how each format shows their four findings; the main job's whole
 * output is SeedsEndToEndTest's.
 */
final class Seeds {
    /** The cli module's tests run in the project root, where the README's commands run. */
    static final Path DATA = Path.of("seeds", "data");
    static final Path REFERENCE = Path.of("seeds", "reference");

    private Seeds() {
    }

    /** A fresh check each call, so that tests comparing two runs compare two real runs. */
    static CheckResult check() {
        return new Checker(Settings.defaults()).check(List.of(DATA.resolve("001_hebei-2020-2022.csv"),
                DATA.resolve("002_binhai-2021-2025.csv"), DATA.resolve("003_jinnan-2021-2025.csv"), REFERENCE));
    }

    static String render(ReportWriter w, CheckResult r, String lang) {
        StringWriter out = new StringWriter();
        try {
            w.write(r, new ReportOptions(Messages.of(lang), false), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
