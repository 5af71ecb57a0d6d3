package plancheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import plancheck.engine.EngineOptions;
import plancheck.engine.Finding;
import plancheck.engine.RuleBase;
import plancheck.engine.RuleCatalogue;
import plancheck.engine.RuleEngine;
import plancheck.engine.Settings;
import plancheck.engine.WaivedFinding;
import plancheck.engine.Waiver;
import plancheck.model.Figure;
import plancheck.model.Indicator;
import plancheck.model.IndicatorCatalogue;
import plancheck.model.Kind;
import plancheck.model.Plan;
import plancheck.model.Qualifier;
import plancheck.model.Units;
import plancheck.read.InputError;
import plancheck.read.PlanData;
import plancheck.read.Readers;

/**
 * The one entry point the CLI and the Maven plugin share: read every input, resolve indicators
 * against the catalogue, run the rules over all figures together, and return the result.
 */
public final class Checker {
    /** Appended to the key of a cumulative figure's indicator: it is compared only with cumulative figures. */
    public static final String CUMULATIVE = "#cumulative";
    private final Settings settings;
    private final Readers readers;
    private final RuleBase ruleBase;
    private final RuleCatalogue catalogue;
    private final IndicatorCatalogue indicators;
    private final Timings timings;
    private final EngineOptions engine;
    /** The folder file names are shown relative to; null for the working folder. */
    private final Path root;

    public Checker(Settings settings) {
        this(settings, Readers.standard(plancheck.config.PlanDocuments.none()), RuleBase.builtIn(), RuleCatalogue.standard(),
                IndicatorCatalogue.standard());
    }

    public Checker(Settings settings, Readers readers, RuleBase ruleBase, RuleCatalogue catalogue,
                   IndicatorCatalogue indicators) {
        this.settings = settings;
        this.readers = readers;
        this.ruleBase = ruleBase;
        this.catalogue = catalogue;
        this.indicators = indicators;
        this.timings = Timings.OFF;
        this.engine = EngineOptions.standard();
        this.root = null;
    }

    private Checker(Checker c, Timings timings, EngineOptions engine, Path root) {
        this.settings = c.settings;
        this.readers = c.readers;
        this.ruleBase = c.ruleBase;
        this.catalogue = c.catalogue;
        this.indicators = c.indicators;
        this.timings = timings;
        this.engine = engine;
        this.root = root;
    }

    /** This checker, recording the phases of its checks in {@code t}. */
    public Checker timed(Timings t) {
        return new Checker(this, t, engine, root);
    }

    /** This checker, running the rules as {@code options} allow (partitioned on every core by default). */
    public Checker engine(EngineOptions options) {
        return new Checker(this, timings, options, root);
    }

    /**
     * This checker, naming files in its reports relative to {@code folder} instead of the working
     * folder: the review server reads uploads from a temporary folder and reports them by their names.
     */
    public Checker namedFrom(Path folder) {
        return new Checker(this, timings, engine, folder.toAbsolutePath().normalize());
    }

    public CheckResult check(List<Path> paths) {
        return checkWith(paths, List.of());
    }

    /** Checks the files and folders in {@code paths} and, after them, the inputs read under names of their own. */
    public CheckResult checkWith(List<Path> paths, List<NamedInput> named) {
        long t0 = timings.start();
        InputFiles.Listing listing = paths.isEmpty() && !named.isEmpty()
                ? new InputFiles.Listing(List.of(), List.of()) : InputFiles.expand(paths, readers);
        List<InputError> errors = new ArrayList<>(listing.errors());
        // Files are independent: with more than one core they are read in parallel, and each is
        // resolved as soon as the files before it are read (read= includes resolving).
        List<Path> toRead = listing.files();
        int count = toRead.size() + named.size();
        LoadOrder order = new LoadOrder(count, this::resolve);
        var files = java.util.stream.IntStream.range(0, count);
        (engine.threads() > 1 ? files.parallel() : files).forEach(i -> order.read(i, i < toRead.size()
                ? read(toRead.get(i)) : read(readers, named.get(i - toRead.size()).file(), named.get(i - toRead.size()).name())));
        List<PlanData> inputs = order.resolved();
        Set<InputError> elsewhere = new HashSet<>();
        for (PlanData data : inputs) {
            // An error of another file (a folder's broken plancheck.json) is met by each document below it: said once.
            for (InputError e : data.errors()) if (e.file().equals(data.file()) || elsewhere.add(e)) errors.add(e);
            if (data.errors().isEmpty() && data.figures().isEmpty() && data.unclassified().isEmpty()) {
                // A file that gave nothing must not pass as clean: the user asked for it to be checked.
                errors.add(InputError.worded(data.file(), 0, 0, "input.noFigures"));
            }
        }
        timings.stop("read", t0);
        return run(inputs, errors);
    }

    /**
     * Reads one file with the reader for its kind, named as reports name it; {@code plancheck extract}
     * uses this to show what a document gave. Readers never throw for bad content; should one still
     * fail (a bug), that file gets an error line and the other files are checked all the same.
     */
    public PlanData read(Path file) {
        return read(readers, file, root == null ? display(file) : display(root, file));
    }

    /** {@link #read(Path)} without a checker: reading needs no rule base (the slow part of building one). */
    public static PlanData read(Readers readers, Path file) {
        return read(readers, file, display(file));
    }

    /** Reads one file, named {@code name} in what it gives. */
    public static PlanData read(Readers readers, Path file, String name) {
        try {
            return readers.forFile(file)
                    .map(r -> r.read(file, name))
                    .orElseGet(() -> PlanData.failed(name, InputError.worded(name, 0, 0, "input.notPlanFile")));
        } catch (RuntimeException | StackOverflowError e) {
            return PlanData.failed(name, InputError.worded(name, 0, 0, "input.internal",
                    e.getClass().getSimpleName()));
        }
    }

    /** Checks data already read (tests build plans in memory this way). */
    public CheckResult check(List<PlanData> inputs, List<InputError> errors) {
        List<PlanData> resolved = new ArrayList<>(inputs.size());
        int firstId = 0;
        for (PlanData data : inputs) {
            resolved.add(resolve(data, firstId));
            firstId += data.figures().size();
        }
        return run(resolved, errors);
    }

    /** Runs the rules over resolved data, its figures numbered in load order. */
    private CheckResult run(List<PlanData> inputs, List<InputError> errors) {
        List<Plan> plans = new ArrayList<>();
        List<Figure> figures = new ArrayList<>(inputs.stream().mapToInt(d -> d.figures().size()).sum());
        for (PlanData data : inputs) {
            plans.addAll(data.plans());
            figures.addAll(data.figures());
        }
        List<Finding> findings = new ArrayList<>();
        List<WaivedFinding> waived = new ArrayList<>();
        RuleEngine.Outcome outcome = new RuleEngine(ruleBase, catalogue, engine).check(figures, settings, timings);
        for (Finding f : outcome.findings()) {
            Waiver w = settings.waiverFor(f).orElse(null);
            if (w == null) findings.add(f);
            else waived.add(new WaivedFinding(f, w));
        }
        return new CheckResult(inputs, plans, figures, findings, errors, waived, catalogue, outcome.districtTotals());
    }

    /**
     * One file's data with its figures resolved, numbered from {@code firstId}; the result keeps the
     * resolved figures only (holding the raw ones too would double a large corpus).
     */
    private PlanData resolve(PlanData data, int firstId) {
        Map<String, Optional<Indicator>> lookups = new HashMap<>();
        List<Figure> resolved = new ArrayList<>(data.figures().size());
        int id = firstId;
        String lastFrom = null, lastTo = null;
        Units.Conversion last = null;
        for (Figure f : data.figures()) {
            Indicator ind = lookups.computeIfAbsent(f.indicatorText(), indicators::resolve).orElse(null);
            // Rows of one indicator come together: the last pair of units nearly always answers.
            if (ind != null && !(f.unit().equals(lastFrom) && java.util.Objects.equals(ind.unit(), lastTo))) {
                lastFrom = f.unit();
                lastTo = ind.unit();
                last = Units.conversion(lastFrom, lastTo);
            }
            resolved.add(resolve(f, id++, ind, last));
        }
        return new PlanData(data.file(), data.plans(), resolved, data.errors(), data.rejected(), data.unclassified());
    }

    /** The figure under its load-order id, its indicator resolved and its value in the catalogue unit; built once. */
    private static Figure resolve(Figure f, int id, Indicator ind, Units.Conversion units) {
        boolean cumulative = Qualifier.cumulative(f.qualifierText(), f.unit());
        if (ind == null) {
            // Unknown indicators meet by their normalised spelling (scope words, brackets, 数量/总量 off),
            // so that a body and a table that spell one indicator differently are compared; counts
            // and amounts add up, and they should grow.
            String key = IndicatorCatalogue.normalise(f.indicatorText());
            if (key.isEmpty()) key = f.indicatorText();
            if (cumulative) key = key + CUMULATIVE;
            String unit = f.kind() == Kind.SHARE ? f.unit() : Units.canonical(f.unit());
            Double value = f.value() == null || unit.equals(f.unit()) ? f.value()
                    : Units.conversion(f.unit(), unit).apply(f.value());
            if (value == null) {
                value = f.value();
                unit = f.unit();
            }
            return new Figure(id, f.planId(), f.region(), f.level(), f.parent(), key, f.indicatorText(), false,
                    f.kind() != Kind.SHARE && Units.additive(unit), plancheck.model.Direction.UP, unit,
                    f.scope(), f.kind(), f.year(), value, f.qualifier(), f.qualifierText(), f.source());
        }
        if (cumulative) {
            ind = new Indicator(ind.key() + CUMULATIVE, ind.nameZh() + "（累计）", ind.nameEn() + " (cumulative)",
                    ind.unit(), ind.additive(), ind.direction());
        }
        if (f.kind() == Kind.SHARE) {
            return new Figure(id, f.planId(), f.region(), f.level(), f.parent(), ind.key(), f.indicatorText(), true,
                    ind.additive(), ind.direction(), "%", f.scope(), f.kind(), f.year(), f.value(), f.qualifier(),
                    f.qualifierText(), f.source());
        }
        if (f.value() == null) return f.resolved(id, ind, null);
        Double v = units.apply(f.value());
        if (v == null) {
            // A unit the catalogue's cannot be converted to: keep it apart so it is never mixed in.
            return new Figure(id, f.planId(), f.region(), f.level(), f.parent(), ind.key() + "[" + f.unit() + "]",
                    f.indicatorText(), false, false, null, f.unit(), f.scope(), f.kind(), f.year(), f.value(),
                    f.qualifier(), f.qualifierText(), f.source());
        }
        // The same number in the same unit keeps its box: a million figures hold a million fewer.
        return f.resolved(id, ind, v.equals(f.value()) ? f.value() : v);
    }

    /** A path as reports show it: relative to the working folder when inside it, with '/'. */
    public static String display(Path file) {
        return display(Path.of("").toAbsolutePath(), file);
    }

    /** A path as reports show it: relative to {@code folder} when inside it, with '/'. */
    public static String display(Path folder, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String s = abs.startsWith(folder) ? folder.relativize(abs).toString() : file.toString();
        return s.replace('\\', '/');
    }
}
