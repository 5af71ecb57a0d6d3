package plancheck.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.annotate.Annotator;
import plancheck.config.CheckSetup;
import plancheck.config.ConfigException;
import plancheck.config.ConfigFile;
import plancheck.config.SettingsSource;
import plancheck.read.ContractWriter;
import plancheck.read.InputError;
import plancheck.read.PlanData;
import plancheck.read.document.GivenPlan;
import plancheck.read.Readers;
import plancheck.read.Unclassified;
import plancheck.report.Messages;
import plancheck.report.ReportOptions;
import plancheck.report.Reports;

/**
 * One check of an upload, through the same core as {@code plancheck check}: the settings from the
 * uploaded plancheck.json (or the defaults built at start-up), {@link Checker} over the documents and
 * references together, and the report writers of {@code --format}; the CSV is what
 * {@code plancheck extract} writes for the documents.
 */
final class Review {
    private final CheckSetup defaults;

    /** Builds the default settings, and with them the rule base every check shares. */
    Review() {
        try {
            this.defaults = CheckSetup.of(SettingsSource.empty());
        } catch (ConfigException e) {
            throw new IllegalStateException("the built-in rules do not load: " + e.getMessage(), e);
        }
    }

    /** The result of a check and the reports asked for, by format name ({@code csv} for extract's CSV). */
    record Outcome(CheckResult result, Map<String, String> reports) {
        List<InputError> errors() {
            return result.errors();
        }
    }

    Outcome run(Upload upload, String lang, List<String> formats) throws Refusal, IOException {
        CheckSetup setup = setup(upload);
        Checker checker = setup.checker().namedFrom(upload.in());
        List<Path> paths = new ArrayList<>(upload.documents());
        paths.addAll(upload.references());
        CheckResult result = checker.check(paths);
        ReportOptions options = new ReportOptions(Messages.of(lang), false);
        Map<String, String> reports = new LinkedHashMap<>();
        for (String format : formats) {
            StringWriter out = new StringWriter();
            if (format.equals("csv")) ContractWriter.csv(extracted(upload, setup.documents()), out);
            else Reports.byName(format).orElseThrow().write(result, options, out);
            reports.put(format, out.toString());
        }
        return new Outcome(result, reports);
    }

    /**
     * The upload's document as it was checked, or {@code document} null when the check could not
     * read it (its problems are in {@code outcome}).
     */
    record Annotated(Outcome outcome, byte[] document) {
    }

    /**
     * Checks the upload as {@link #run} does and writes its one document (a .docx or PDF) back with a
     * comment or highlight at each finding, through the same {@link Annotator} as
     * {@code plancheck annotate}.
     */
    Annotated annotate(Upload upload, String lang) throws Refusal, IOException {
        Outcome outcome = run(upload, lang, List.of());
        Path document = upload.documents().get(0);
        String name = Checker.display(upload.in(), document);
        if (outcome.errors().stream().anyMatch(e -> e.file().equals(name))) return new Annotated(outcome, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Annotator.annotate(document, name, outcome.result(), Messages.of(lang), out);
        } catch (Annotator.NotAnnotatable e) {
            throw new Refusal(422, "not-annotated", name, e.getMessage());
        }
        return new Annotated(outcome, out.toByteArray());
    }

    /**
     * The settings of this upload: its plancheck.json may change severities and tolerances and say
     * what documents are, not load files; the form's details fill what a document's title leaves out.
     */
    private CheckSetup setup(Upload upload) throws Refusal {
        GivenPlan given = GivenDetails.parse(upload.fields());
        if (upload.config() == null && given.isEmpty()) return defaults;
        try {
            SettingsSource source = upload.config() == null ? SettingsSource.empty() : ConfigFile.read(upload.config());
            if (!source.ruleFiles().isEmpty() || source.waivers() != null) throw new Refusal(400, "config-files");
            return CheckSetup.of(source.withDocuments(source.documents(), given));
        } catch (ConfigException e) {
            String where = upload.config().toString();
            throw new Refusal(400, "config", e.getMessage().replace(where, ConfigFile.DEFAULT_NAME));
        }
    }

    /** The documents' figures as {@code plancheck extract} reads them, one table for all. */
    private static PlanData extracted(Upload upload, Function<Path, GivenPlan> given) {
        Readers readers = Readers.standard(given);
        List<plancheck.model.Plan> plans = new ArrayList<>();
        List<plancheck.model.Figure> figures = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        List<Unclassified> unclassified = new ArrayList<>();
        int rejected = 0;
        for (Path d : upload.documents()) {
            PlanData data = Checker.read(readers, d, Checker.display(upload.in(), d));
            plans.addAll(data.plans());
            figures.addAll(data.figures());
            errors.addAll(data.errors());
            unclassified.addAll(data.unclassified());
            rejected += data.rejected();
        }
        return new PlanData("", plans, figures, errors, rejected, unclassified);
    }
}
