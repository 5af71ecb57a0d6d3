package plancheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The whole-process benchmark: for each size, a generated corpus checked by {@code ./plancheck check
 * --timings} under {@code /usr/bin/time}; prints one table of wall time, CPU time, peak RSS and the
 * phases (median run), and one of the findings per rule against the number planted.
 *
 * <p>{@code ProcessBench [--runs N] [--format csv|json] [--launcher ./plancheck] SIZE...}
 */
public final class ProcessBench {
    record Run(double wall, double cpu, long rssKb, Map<String, Long> phases, Map<String, Integer> findings) {
    }

    public static void main(String[] args) throws Exception {
        int runs = 3;
        String format = "csv";
        String launcher = "./plancheck";
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--format" -> format = args[++i];
                case "--launcher" -> launcher = args[++i];
                default -> {
                    if (!args[i].matches("\\d[\\d_]*[kM]?")) {
                        System.err.println("usage: bench/run.sh [--runs N] [--format csv|json] [SIZE...]   (SIZE: 10k, 100k, 1M ...)"
                                + "\n       bench/run.sh jmh [JMH options]");
                        System.exit(args[i].equals("--help") ? 0 : 2);
                    }
                    sizes.add(Integer.parseInt(args[i].replace("_", "").replace("k", "000").replace("M", "000000")));
                }
            }
        }
        if (sizes.isEmpty()) sizes = List.of(10_000, 100_000, 1_000_000);

        startUp(launcher, Math.max(runs, 10));

        Map<Integer, Run> medians = new LinkedHashMap<>();
        Map<Integer, Map<String, Integer>> expected = new LinkedHashMap<>();
        Map<Integer, Integer> figures = new LinkedHashMap<>();
        for (int size : sizes) {
            Path dir = Path.of("bench", "target", "corpus", size + "-" + format);
            Properties p = corpus(dir, size, format);
            figures.put(size, Integer.parseInt(p.getProperty("figures")));
            Map<String, Integer> exp = new TreeMap<>();
            for (String rule : CorpusGenerator.RULES) exp.put(rule, Integer.parseInt(p.getProperty(rule, "0")));
            expected.put(size, exp);
            List<Run> all = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                Run run = run(launcher, dir.toString());
                System.err.printf("%,d figures, run %d: %.2f s wall, %.2f s cpu, %d MB%n", figures.get(size), r + 1,
                        run.wall(), run.cpu(), run.rssKb() / 1024);
                all.add(run);
            }
            all.sort((a, b) -> Double.compare(a.wall(), b.wall()));
            medians.put(size, all.get(all.size() / 2));
        }
        print(medians, expected, figures, runs, format);
    }

    /** One document's wait: a seed document, a 100-figure CSV (the first rows of a generated corpus), all the seeds. */
    static void startUp(String launcher, int runs) throws Exception {
        Path small = Path.of("bench", "target", "corpus", "100.csv");
        if (!Files.exists(small)) {
            Path dir = Path.of("bench", "target", "corpus", "startup");
            CorpusGenerator.write(new CorpusGenerator.Options(1, 1, 4, 0.01, 42, true), dir, "csv");
            Files.write(small, Files.readAllLines(dir.resolve("P01.csv"), StandardCharsets.UTF_8).subList(0, 101),
                    StandardCharsets.UTF_8);
        }
        System.out.printf("%nStart-up, whole process, median of %d runs%n%n", runs);
        System.out.println("| input | wall s | cpu s | peak RSS MB | rulebase ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        String document;
        try (var docs = Files.list(Path.of("seeds", "documents"))) {
            document = docs.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst().orElseThrow().toString();
        }
        for (List<String> input : List.of(List.of(document), List.of(small.toString()), List.of("seeds"))) {
            List<Run> all = new ArrayList<>();
            for (int r = 0; r < runs; r++) all.add(run(launcher, input.toArray(String[]::new)));
            all.sort((a, b) -> Double.compare(a.wall(), b.wall()));
            Run m = all.get(all.size() / 2);
            System.out.printf("| %s | %.2f | %.2f | %d | %d |%n", String.join(" ", input), m.wall(), m.cpu(),
                    m.rssKb() / 1024, m.phases().getOrDefault("rulebase", 0L));
        }
    }

    /** Generates the corpus once and remembers what was planted next to it. */
    static Properties corpus(Path dir, int size, String format) throws IOException {
        Path info = dir.resolve("corpus.properties");
        Properties p = new Properties();
        if (!Files.exists(info)) {
            CorpusGenerator.Corpus c = CorpusGenerator.write(CorpusGenerator.Options.forFigures(size, 0.01, 42), dir, format);
            p.setProperty("figures", Integer.toString(c.figures()));
            c.expected().forEach((k, v) -> p.setProperty(k, Integer.toString(v)));
            // Not a plan file, but the folder is checked as a whole: keep it out.
            Files.writeString(dir.resolve(".plancheckignore"), "corpus.properties\n");
            try (var w = Files.newBufferedWriter(info, StandardCharsets.UTF_8)) {
                p.store(w, "planted findings");
            }
        }
        try (var r = Files.newBufferedReader(info, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    static Run run(String launcher, String... inputs) throws IOException, InterruptedException {
        Path out = Files.createTempFile("plancheck-bench", ".json");
        Path err = Files.createTempFile("plancheck-bench", ".err");
        try {
            List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "TIME %e %U %S %M", launcher, "check",
                    "--timings", "--format", "json", "--fail-on", "off"));
            cmd.addAll(List.of(inputs));
            Process proc = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            int code = proc.waitFor();
            List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
            if (code != 0) throw new IllegalStateException("plancheck exited " + code + ": " + lines);
            double wall = 0, cpu = 0;
            long rss = 0;
            Map<String, Long> phases = new LinkedHashMap<>();
            for (String l : lines) {
                if (l.startsWith("TIME ")) {
                    String[] f = l.split(" ");
                    wall = Double.parseDouble(f[1]);
                    cpu = Double.parseDouble(f[2]) + Double.parseDouble(f[3]);
                    rss = Long.parseLong(f[4]);
                } else if (l.startsWith("timings:")) {
                    for (String kv : l.substring("timings:".length()).trim().split(" ")) {
                        String[] f = kv.split("=");
                        phases.put(f[0], Long.parseLong(f[1].replace("ms", "")));
                    }
                }
            }
            Map<String, Integer> findings = new TreeMap<>();
            for (String rule : CorpusGenerator.RULES) findings.put(rule, 0);
            JsonNode report = new ObjectMapper().readTree(out.toFile());
            for (JsonNode f : report.get("findings")) findings.merge(f.get("rule").asText(), 1, Integer::sum);
            return new Run(wall, cpu, rss, phases, findings);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static void print(Map<Integer, Run> runs, Map<Integer, Map<String, Integer>> expected, Map<Integer, Integer> figures,
                      int n, String format) {
        System.out.printf("%nWhole process, %s input, median of %d run(s); phases in ms of wall time (read includes"
                + " resolving indicators; rules is grouping into series, inserting and firing in stateless sessions"
                + " on every core), and inside rules the sessions' series, insert and fire added up over the"
                + " sessions (Σ: they run on every core at once)%n%n", format, n);
        List<String> phases = List.of("rulebase", "read", "group", "rules", "series", "insert", "fire", "report");
        System.out.println("| figures | wall s | cpu s | peak RSS MB | " + String.join(" | ", phases.stream()
                .map(p -> List.of("series", "insert", "fire").contains(p) ? p + " Σ" : p).toList()) + " |");
        System.out.println("|---:|---:|---:|---:|" + "---:|".repeat(phases.size()));
        runs.forEach((size, r) -> {
            StringBuilder b = new StringBuilder();
            b.append(String.format("| %,d | %.2f | %.2f | %d |", figures.get(size), r.wall(), r.cpu(), r.rssKb() / 1024));
            for (String p : phases) b.append(' ').append(r.phases().getOrDefault(p, 0L)).append(" |");
            System.out.println(b);
        });
        System.out.println();
        System.out.println("| rule | " + String.join(" | ", runs.keySet().stream().map(s -> String.format("%,d", figures.get(s))).toList()) + " |");
        System.out.println("|---|" + "---:|".repeat(runs.size()));
        boolean allMatch = true;
        for (String rule : CorpusGenerator.RULES) {
            StringBuilder b = new StringBuilder("| " + rule + " |");
            for (int size : runs.keySet()) {
                int got = runs.get(size).findings().get(rule), want = expected.get(size).get(rule);
                b.append(' ').append(got).append(got == want ? "" : " (planted " + want + ")").append(" |");
                allMatch &= got == want;
            }
            System.out.println(b);
        }
        System.out.println();
        System.out.println(allMatch ? "Every rule found exactly the planted faults." : "MISMATCH: see the rows marked 'planted'.");
        if (!allMatch) System.exit(1);
    }

    private ProcessBench() {
    }
}
