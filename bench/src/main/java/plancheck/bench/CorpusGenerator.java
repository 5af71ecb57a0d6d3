package plancheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import plancheck.model.Indicator;
import plancheck.model.IndicatorCatalogue;
import plancheck.model.Level;

/**
 * A synthetic country for benchmarks and for checking the rules at scale: provinces, their cities,
 * the cities' districts; per region a five-year plan (baseline 2020, targets 2021-2025) and a
 * three-year action plan (baseline 2022, targets 2023-2025 for half the indicators); districts state
 * their share of the city's 雏鹰/瞪羚 count. Faults of every built-in rule are planted at a known
 * rate, at most one per region and indicator, and chosen so that they never set off another rule;
 * {@link Corpus#expected()} is the number of findings each rule must report.
 *
 * <p>Values are built so that clean data sits far from every threshold: districts add up to 80 % of
 * their city, yearly growth is 8-12 %, and each fault moves a value by a margin no rounding reaches.
 */
public final class CorpusGenerator {
    /** What is planted per region and indicator (at most one). */
    enum Fault {
        NONE, BLANK, DIP, DUP_TARGET, DUP_BASELINE, SCOPE, BELOW_BASELINE, CROSS_PLAN, CITY_TOTAL
    }

    /** The two indicators districts state as shares of the city (as the Binhai plan does). */
    static final List<String> SHARE_KEYS = List.of("eagle-enterprises", "gazelle-enterprises");
    static final String UNKNOWN_INDICATOR = "模拟未收录指标";
    static final int FIRST = 2020, LAST = 2025, ACTION_START = 2023;
    private static final double DISTRICT_PART = 0.8;   // districts' sum / city's own figure
    private static final double CITY_TOTAL_SCALE = 0.3; // a planted city states 30 % of its true figures

    /** The shape of the country and how often faults are planted. */
    public record Options(int provinces, int citiesPerProvince, int districtsPerCity, double faultRate, long seed,
                          boolean quotes) {
        public Options {
            if (districtsPerCity < 4 || districtsPerCity > 12) {
                // Fewer districts and one blank could hide a planted city-total; more and shares shrink
                // below what a planted implied-total needs.
                throw new IllegalArgumentException("districtsPerCity must be 4..12");
            }
        }

        /** About {@code figures} figures: cities of 8 districts, up to 10 per province. */
        public static Options forFigures(int figures, double faultRate, long seed) {
            int n = IndicatorCatalogue.standard().all().size();
            // Per region: 7 figures an indicator in the five-year plan, 1 + 3 for half of them in the action plan.
            float perCity = 9 * (7 * n + n + 3 * ((n + 1) / 2)) + 8 * SHARE_KEYS.size();
            int cities = Math.max(1, Math.round(figures / perCity));
            int provinces = (cities + 9) / 10;
            return new Options(provinces, Math.max(1, Math.round(cities / (float) provinces)), 8, faultRate, seed, true);
        }
    }

    /** What was written: counts, and the findings each rule must report. */
    public record Corpus(int figures, int regions, int plans, Map<String, Integer> expected) {
    }

    /** Receives the generated plans and rows (CSV and JSON writers). */
    interface Out extends AutoCloseable {
        void begin(Plan plan) throws IOException;

        void row(Plan plan, Row row) throws IOException;

        void end(Plan plan) throws IOException;

        @Override
        void close() throws IOException;
    }

    record Plan(String id, String region, Level level, String parent, int start, int end, String document) {
    }

    record Row(String indicator, String scope, String unit, String kind, int year, Double value, String qualifier,
               int line, String quote) {
    }

    private record Region(String name, Level level, String parent, List<Region> children, double[][] values) {
    }

    private final Options options;
    private final List<Indicator> indicators;
    private final Random random;
    private final Map<String, Integer> expected = new TreeMap<>();
    private int figures, plans, regions;

    public CorpusGenerator(Options options) {
        this(options, IndicatorCatalogue.standard());
    }

    public CorpusGenerator(Options options, IndicatorCatalogue catalogue) {
        this.options = options;
        this.indicators = List.copyOf(catalogue.all());
        this.random = new Random(options.seed());
    }

    /** Writes one file per province ({@code P01.csv} or {@code P01.json}) into {@code dir}. */
    public static Corpus write(Options options, Path dir, String format) throws IOException {
        Files.createDirectories(dir);
        CorpusGenerator g = new CorpusGenerator(options);
        for (int p = 1; p <= options.provinces(); p++) {
            Path file = dir.resolve(String.format("P%02d.%s", p, format));
            try (Out out = format.equals("json") ? new JsonOut(file) : new CsvOut(file)) {
                g.province(p, out);
            }
        }
        return g.corpus();
    }

    Corpus corpus() {
        for (String rule : RULES) expected.putIfAbsent(rule, 0);
        return new Corpus(figures, regions, plans, Map.copyOf(expected));
    }

    /** Every built-in rule id, so that a rule that never fired shows as 0. */
    static final List<String> RULES = List.of("target.blank", "series.monotonic", "scope.label", "table.body-mismatch",
            "baseline.conflict", "target.below-baseline", "cross-plan.order", "aggregate.city-total",
            "aggregate.share", "indicator.unknown");

    void province(int p, Out out) throws IOException {
        Region province = tree(p);
        emit(province, null, out);
        for (Region city : province.children()) {
            emit(city, null, out);
            CityShares shares = new CityShares(city, new boolean[SHARE_KEYS.size()], new double[SHARE_KEYS.size()]);
            for (int k = 0; k < SHARE_KEYS.size(); k++) shares.sum()[k] = random.nextDouble() < options.faultRate();
            for (Region d : city.children()) emit(d, shares, out);
            for (double total : shares.total()) if (total > 100.5) plant("aggregate.share", 1);
        }
    }

    /** Builds one province with true (fault-free) values: districts first, cities and province as sums. */
    private Region tree(int p) {
        String pName = String.format("P%02d省", p);
        List<Region> cities = new ArrayList<>();
        for (int c = 1; c <= options.citiesPerProvince(); c++) {
            String cName = String.format("P%02dC%02d市", p, c);
            List<Region> districts = new ArrayList<>();
            for (int d = 1; d <= options.districtsPerCity(); d++) {
                districts.add(new Region(String.format("P%02dC%02dD%02d区", p, c, d), Level.DISTRICT, cName,
                        List.of(), series(null)));
            }
            cities.add(new Region(cName, Level.CITY, pName, districts, series(districts)));
        }
        return new Region(pName, Level.PROVINCE, "", cities, series(cities));
    }

    /** Values per indicator and year: own growth for leaves and non-additive indicators, else 1.25 x the parts. */
    private double[][] series(List<Region> parts) {
        double[][] v = new double[indicators.size()][LAST - FIRST + 1];
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            if (parts != null && ind.additive()) {
                for (Region r : parts) for (int y = 0; y < v[i].length; y++) v[i][y] += r.values()[i][y] / DISTRICT_PART;
            } else {
                double base = base(ind) * (0.8 + 0.4 * random.nextDouble());
                double growth = 1.08 + 0.04 * random.nextDouble();
                for (int y = 0; y < v[i].length; y++) v[i][y] = base * Math.pow(growth, y);
            }
        }
        return v;
    }

    private static double base(Indicator ind) {
        return switch (ind.unit()) {
            case "%" -> 2.0;
            case "亿元" -> 50;
            case "件" -> 2000;
            default -> 600;
        };
    }

    private static boolean isCount(Indicator ind) {
        return List.of("件", "家", "个", "人", "项", "支").contains(ind.unit());
    }

    private static boolean inActionPlan(int i) {
        return i % 2 == 0;
    }

    private Fault fault(Region r, int i) {
        Indicator ind = indicators.get(i);
        if (SHARE_KEYS.contains(ind.key())) return Fault.NONE;
        List<Fault> eligible = new ArrayList<>(List.of(Fault.BLANK, Fault.DIP, Fault.DUP_TARGET, Fault.DUP_BASELINE));
        if (r.level() == Level.DISTRICT) eligible.add(Fault.SCOPE);
        eligible.add(inActionPlan(i) ? Fault.CROSS_PLAN : Fault.BELOW_BASELINE);
        if (r.level() == Level.CITY && ind.additive()) eligible.add(Fault.CITY_TOTAL);
        double u = random.nextDouble();
        for (Fault f : eligible) {
            if (u < options.faultRate()) return f;
            u -= options.faultRate();
        }
        return Fault.NONE;
    }

    /** A city's share plant (all shares x1.5, per share indicator) and the running sum of its districts' shares. */
    private record CityShares(Region city, boolean[] sum, double[] total) {
    }

    private void emit(Region r, CityShares shares, Out out) throws IOException {
        regions++;
        Plan five = new Plan(r.name() + "-2021-2025", r.name(), r.level(), r.parent(), 2021, 2025,
                r.name() + "十四五科技创新规划.txt");
        Plan action = new Plan(r.name() + "-2023-2025", r.name(), r.level(), r.parent(), 2023, 2025,
                r.name() + "科技创新三年行动计划.txt");
        Fault[] faults = new Fault[indicators.size()];
        for (int i = 0; i < faults.length; i++) faults[i] = fault(r, i);
        int[] line = {0};

        begin(five, out);
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            Fault f = faults[i];
            double[] v = scaled(r.values()[i], f == Fault.CITY_TOTAL ? CITY_TOTAL_SCALE : 1);
            String scope = f == Fault.SCOPE ? "全市" : scope(r.level(), i);
            row(out, five, line, ind, scope, "baseline", FIRST, v[0], "");
            if (f == Fault.DUP_BASELINE) row(out, five, line, ind, scope, "baseline", FIRST, v[0] * 0.99, "");
            for (int y = FIRST + 1; y <= LAST; y++) {
                Double value = v[y - FIRST];
                if (f == Fault.DIP && y == 2022) value = v[1] * 0.97;
                if (f == Fault.BLANK && y == 2023) value = null;
                row(out, five, line, ind, scope, "target", y, value, qualifier());
            }
            if (f == Fault.DUP_TARGET) row(out, five, line, ind, scope, "target", LAST, v[LAST - FIRST] * 0.99, "达到");
            count(f);
        }
        if (random.nextDouble() < options.faultRate()) {
            row(out, five, line, null, scope(r.level(), 0), "target", LAST, 100.0, "达到");
            plant("indicator.unknown", 1);
        }
        if (shares != null) shares(r, shares, five, line, out);
        out.end(five);

        line[0] = 0;
        begin(action, out);
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            Fault f = faults[i];
            double[] v = scaled(r.values()[i], f == Fault.CITY_TOTAL ? CITY_TOTAL_SCALE : 1);
            String scope = scope(r.level(), i + 1);
            double baseline = f == Fault.BELOW_BASELINE ? v[ACTION_START - FIRST] * 1.05 : v[2022 - FIRST];
            row(out, action, line, ind, scope, "baseline", 2022, baseline, "");
            if (!inActionPlan(i)) continue;
            for (int y = ACTION_START; y <= LAST; y++) {
                row(out, action, line, ind, scope, "target", y, v[y - FIRST] * (f == Fault.CROSS_PLAN ? 1.3 : 1), qualifier());
            }
        }
        out.end(action);
    }

    /**
     * A district states its share of the city's 2020 count for the share indicators. Planted: a share
     * 3 points off (mismatch), a share at 40 % of the truth (mismatch and, for every city target the
     * implied total exceeds, implied-total), or all of a city's shares x1.5 (sum over 100 % and a
     * mismatch per district).
     */
    private void shares(Region d, CityShares city, Plan five, int[] line, Out out) throws IOException {
        for (int k = 0; k < SHARE_KEYS.size(); k++) {
            int i = indexOf(SHARE_KEYS.get(k));
            if (i < 0) continue;
            Indicator ind = indicators.get(i);
            double cityBase = rounded(ind, city.city().values()[i][0]);
            double n = rounded(ind, d.values()[i][0]);
            double share = Math.round(n / cityBase * 1000) / 10.0;
            if (city.sum()[k]) {
                share = Math.round(share * 15) / 10.0;
                plant("aggregate.share", 1);
            } else {
                double u = random.nextDouble();
                if (u < options.faultRate()) {
                    share = share + 3;
                    plant("aggregate.share", 1);
                } else if (u < 2 * options.faultRate()) {
                    share = Math.round(share * 4) / 10.0;
                    int implied = 0;
                    for (int y = FIRST + 1; y <= LAST; y++) {
                        if (rounded(ind, city.city().values()[i][y - FIRST]) < n * 100 / (share + 0.5)) implied++;
                    }
                    plant("aggregate.share", 1 + implied);
                }
            }
            city.total()[k] += share;
            out.row(five, new Row(ind.nameZh(), "全市", "%", "share", FIRST, share, "", ++line[0],
                    options.quotes() ? "占全市" + ind.nameZh() + "的" + plancheck.model.Num.fmt(share) + "%" : ""));
            figures++;
        }
    }

    private int indexOf(String key) {
        for (int i = 0; i < indicators.size(); i++) if (indicators.get(i).key().equals(key)) return i;
        return -1;
    }

    private void begin(Plan p, Out out) throws IOException {
        plans++;
        out.begin(p);
    }

    private void count(Fault f) {
        switch (f) {
            case BLANK -> plant("target.blank", 1);
            case DIP -> plant("series.monotonic", 1);
            case DUP_TARGET -> plant("table.body-mismatch", 1);
            case DUP_BASELINE -> plant("baseline.conflict", 1);
            case SCOPE -> plant("scope.label", 1);
            case BELOW_BASELINE -> plant("target.below-baseline", 1);
            // The action plan's 2023 target is above the five-year plan's 2024 and 2025, its 2024 above 2025.
            case CROSS_PLAN -> plant("cross-plan.order", 3);
            // Every target year 2021-2025: the districts add up to more than the city's figure.
            case CITY_TOTAL -> plant("aggregate.city-total", LAST - FIRST);
            case NONE -> {
            }
        }
    }

    private void plant(String rule, int findings) {
        expected.merge(rule, findings, Integer::sum);
    }

    private static double[] scaled(double[] v, double factor) {
        double[] s = v.clone();
        for (int i = 0; i < s.length; i++) s[i] *= factor;
        return s;
    }

    private static String scope(Level level, int variant) {
        return switch (level) {
            case PROVINCE -> "全省";
            case CITY -> "全市";
            default -> variant % 3 == 0 ? "全区" : variant % 3 == 1 ? "区内" : "";
        };
    }

    private String qualifier() {
        return switch (random.nextInt(4)) {
            case 0 -> "达到";
            case 1 -> "突破";
            case 2 -> "以上";
            default -> "力争达到";
        };
    }

    private static double rounded(Indicator ind, double v) {
        return isCount(ind) ? Math.round(v) : Math.round(v * 100) / 100.0;
    }

    private void row(Out out, Plan plan, int[] line, Indicator ind, String scope, String kind, int year, Double value,
                     String qualifier) throws IOException {
        String name = ind == null ? UNKNOWN_INDICATOR : ind.nameZh();
        String unit = ind == null ? "项" : ind.unit();
        Double v = value == null ? null : ind == null ? value : rounded(ind, value);
        String quote = "";
        if (options.quotes()) {
            quote = year + "年" + scope + name + (v == null ? "" : qualifier + plancheck.model.Num.fmt(v)) + unit;
        }
        out.row(plan, new Row(name, scope, unit, kind, year, v, qualifier, ++line[0], quote));
        figures++;
    }

    /** {@code CorpusGenerator --figures N --out DIR [--format csv|json] [--fault-rate R] [--seed S]} */
    public static void main(String[] args) throws IOException {
        int n = 100_000;
        Path out = Path.of("corpus");
        String format = "csv";
        double rate = 0.01;
        long seed = 42;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--figures" -> n = Integer.parseInt(args[i + 1].replace("_", ""));
                case "--out" -> out = Path.of(args[i + 1]);
                case "--format" -> format = args[i + 1];
                case "--fault-rate" -> rate = Double.parseDouble(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Corpus c = write(Options.forFigures(n, rate, seed), out, format);
        System.out.println(c);
    }
}
