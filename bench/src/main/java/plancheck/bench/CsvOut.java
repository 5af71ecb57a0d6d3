package plancheck.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import plancheck.model.Num;
import plancheck.read.Columns;

/** Writes generated rows in the CSV contract (no field needs quoting: the generator writes no commas). */
final class CsvOut implements CorpusGenerator.Out {
    private final BufferedWriter w;

    CsvOut(Path file) throws IOException {
        w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        w.write(String.join(",", Columns.ALL));
        w.write('\n');
    }

    @Override
    public void begin(CorpusGenerator.Plan plan) {
    }

    @Override
    public void row(CorpusGenerator.Plan p, CorpusGenerator.Row r) throws IOException {
        w.write(p.id());
        w.write(',');
        w.write(p.region());
        w.write(',');
        w.write(p.level().code());
        w.write(',');
        w.write(p.parent());
        w.write(',');
        w.write(Integer.toString(p.start()));
        w.write(',');
        w.write(Integer.toString(p.end()));
        w.write(',');
        w.write(r.indicator());
        w.write(',');
        w.write(r.scope());
        w.write(',');
        w.write(r.unit());
        w.write(',');
        w.write(r.kind());
        w.write(',');
        w.write(Integer.toString(r.year()));
        w.write(',');
        if (r.value() != null) w.write(Num.fmt(r.value()));
        w.write(',');
        w.write(r.qualifier());
        w.write(',');
        w.write(p.document());
        w.write(',');
        w.write(Integer.toString(r.line()));
        w.write(',');
        w.write(r.quote());
        w.write('\n');
    }

    @Override
    public void end(CorpusGenerator.Plan plan) {
    }

    @Override
    public void close() throws IOException {
        w.close();
    }
}
