package plancheck.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The readers plancheck knows, chosen by file name. */
public final class Readers {
    private final List<PlanReader> readers;

    public Readers(List<PlanReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** CSV, JSON and plain-text plan documents. */
    public static Readers standard() {
        return new Readers(List.of(new CsvPlanReader(), new JsonPlanReader(), new plancheck.read.text.TextPlanReader()));
    }

    public Optional<PlanReader> forFile(Path file) {
        return readers.stream().filter(r -> r.accepts(file)).findFirst();
    }
}
