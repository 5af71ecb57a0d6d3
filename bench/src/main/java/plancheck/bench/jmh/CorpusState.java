package plancheck.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import plancheck.Checker;
import plancheck.bench.CorpusGenerator;
import plancheck.engine.EngineOptions;
import plancheck.engine.Settings;
import plancheck.model.Figure;

/** A generated corpus on disk (CSV and JSON) and its figures as the rules see them, made once per fork. */
@State(Scope.Benchmark)
public class CorpusState {
    /** Cities of 8 districts: 10 is 46,054 figures with the catalogue of 59 indicators. */
    @Param({"10"})
    public int cities;

    public Path dir;
    public List<Path> csv;
    public List<Path> json;
    public List<Figure> figures;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("plancheck-jmh");
        var options = new CorpusGenerator.Options(1, cities, 8, 0.01, 42, true);
        CorpusGenerator.write(options, dir.resolve("csv"), "csv");
        CorpusGenerator.write(options, dir.resolve("json"), "json");
        csv = files(dir.resolve("csv"));
        json = files(dir.resolve("json"));
        figures = new Checker(Settings.defaults()).engine(EngineOptions.REFERENCE).check(csv).figures();
    }

    private static List<Path> files(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.sorted().toList();
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
