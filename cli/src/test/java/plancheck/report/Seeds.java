package plancheck.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.engine.Settings;

/** The seeds' main job ({@code check seeds/data seeds/reference}) with the real rule base. */
final class Seeds {
    /** The cli module's tests run in the project root, where the README's commands run. */
    static final Path DATA = Path.of("seeds", "data");
    static final Path REFERENCE = Path.of("seeds", "reference");

    private Seeds() {
    }

    /** A fresh check each call, so that tests comparing two runs compare two real runs. */
    static CheckResult check() {
        return new Checker(Settings.defaults()).check(List.of(DATA, REFERENCE));
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
