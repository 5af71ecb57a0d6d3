package plancheck.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * plancheck against a yardstick: the same generated CSV corpus checked by {@code ./plancheck check}
 * (all rules) and by DuckDB running three of the checks as SQL ({@link DuckDbChecks}, a JVM of its
 * own, start-up included), in turn (A B A B ...) so that both meet the same load. Prints each pair,
 * the median of plancheck's wall time over DuckDB's, and both counts of the three rules, which must agree.
 *
 * <p>{@code DuckDbBench [--runs N] [--launcher ./plancheck] [SIZE]} (default 5 pairs, 1M figures)
 */
public final class DuckDbBench {
    public static void main(String[] args) throws Exception {
        int runs = 5;
        String launcher = "./plancheck";
        int size = 1_000_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--launcher" -> launcher = args[++i];
                default -> size = Integer.parseInt(args[i].replace("_", "").replace("k", "000").replace("M", "000000"));
            }
        }
        Path dir = Path.of("bench", "target", "corpus", size + "-csv");
        Properties planted = ProcessBench.corpus(dir, size, "csv");
        List<double[]> pairs = new ArrayList<>();
        Map<String, Integer> plancheckCounts = null;
        Map<String, Long> duckCounts = null;
        long rss = 0;
        for (int r = 0; r < runs; r++) {
            ProcessBench.Run a = ProcessBench.run(launcher, dir.toString());
            Duck b = duck(dir);
            plancheckCounts = a.findings();
            duckCounts = b.counts();
            rss = Math.max(rss, a.rssKb());
            pairs.add(new double[] {a.wall(), b.wall()});
            System.err.printf("pair %d: plancheck %.2f s (%d MB), DuckDB %.2f s (%d MB)%n", r + 1, a.wall(), a.rssKb() / 1024,
                    b.wall(), b.rssKb() / 1024);
        }
        System.out.printf("%n%s figures (CSV), %d pairs in turn: plancheck (all rules) against DuckDB (three checks as SQL)%n%n",
                planted.getProperty("figures"), runs);
        System.out.println("| pair | plancheck s | DuckDB s | ratio |");
        System.out.println("|---:|---:|---:|---:|");
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            double ratio = pairs.get(i)[0] / pairs.get(i)[1];
            ratios.add(ratio);
            System.out.printf("| %d | %.2f | %.2f | %.2f |%n", i + 1, pairs.get(i)[0], pairs.get(i)[1], ratio);
        }
        ratios.sort(Double::compare);
        System.out.printf("%nMedian ratio plancheck / DuckDB: %.2f; plancheck's peak RSS %d MB%n%n",
                ratios.get(ratios.size() / 2), rss / 1024);
        System.out.println("| rule | plancheck | DuckDB | planted |");
        System.out.println("|---|---:|---:|---:|");
        boolean agree = true;
        for (String rule : DuckDbChecks.CHECKS.keySet()) {
            long p = plancheckCounts.get(rule), d = duckCounts.get(rule);
            agree &= p == d;
            System.out.printf("| %s | %d | %d | %s |%n", rule, p, d, planted.getProperty(rule, "0"));
        }
        System.out.println();
        System.out.println(agree ? "The counts agree." : "MISMATCH between plancheck and DuckDB.");
        if (!agree) System.exit(1);
    }

    record Duck(double wall, long rssKb, Map<String, Long> counts) {
    }

    /** One run of {@link DuckDbChecks} in a JVM of its own, under {@code /usr/bin/time}. */
    static Duck duck(Path dir) throws Exception {
        Path out = Files.createTempFile("duckdb-bench", ".out"), err = Files.createTempFile("duckdb-bench", ".err");
        try {
            Process p = new ProcessBuilder("/usr/bin/time", "-f", "TIME %e %M", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), DuckDbChecks.class.getName(), dir.toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (p.waitFor() != 0) throw new IllegalStateException("DuckDbChecks failed: " + Files.readAllLines(err, StandardCharsets.UTF_8));
            List<String> errLines = Files.readAllLines(err, StandardCharsets.UTF_8);
            double wall = 0;
            long rss = 0;
            for (String l : errLines) {
                if (l.startsWith("TIME ")) {
                    wall = Double.parseDouble(l.split(" ")[1]);
                    rss = Long.parseLong(l.split(" ")[2]);
                }
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) counts.put(l.split(" ")[0], Long.parseLong(l.split(" ")[1]));
            return new Duck(wall, rss, counts);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private DuckDbBench() {
    }
}
