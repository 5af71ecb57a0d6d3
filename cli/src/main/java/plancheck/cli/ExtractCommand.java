package plancheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import plancheck.Checker;
import plancheck.read.ContractWriter;
import plancheck.read.InputError;
import plancheck.read.PlanData;
import plancheck.read.Readers;
import plancheck.read.Unclassified;
import plancheck.report.Messages;

/** {@code plancheck extract}: what plancheck reads from a plan document, as structured data to correct and re-check. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Writes the figures read from one plan file (a *.txt document, or CSV/JSON) in the CSV "
                + "contract (or the JSON form), so that they can be looked at, corrected and checked again.",
            "The numbers that could not be classified are listed on standard error, with why (in --lang)."},
        footer = {"", "Example: plancheck extract seeds/documents/001_daa27daca99d145a.txt > hebei.csv"})
public final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The plan file to read.")
    Path file;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT",
            description = "csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    LangOption lang;

    @picocli.CommandLine.Mixin
    PlanOptions plan = new PlanOptions();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file whose documents section says what title-less documents are (default: ./plancheck.json if present).")
    Path config;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (!format.equals("csv") && !format.equals("json")) {
            err.println("plancheck: unknown --format '" + format + "' (known: csv, json)");
            return Main.INPUT_ERROR;
        }
        Messages messages = lang.messagesOrSay(err);
        if (messages == null) return Main.INPUT_ERROR;
        if (Files.isDirectory(file)) {
            err.println(Checker.display(file) + ": a folder: extract reads one file");
            return Main.INPUT_ERROR;
        }
        plancheck.config.PlanDocuments documents;
        try {
            documents = plancheck.config.CheckSetup.documents(config, Path.of(""), plan.given());
        } catch (plancheck.config.ConfigException e) {
            err.println("plancheck: " + e.getMessage());
            return Main.INPUT_ERROR;
        }
        PlanData data = Checker.read(Readers.standard(documents), file);
        for (InputError e : data.errors()) err.println(e.line(messages));
        for (Unclassified u : data.unclassified()) err.println(messages.line(u));
        err.flush();
        // A file that could not be read at all gives its error, not an empty table.
        if (data.figures().isEmpty() && !data.errors().isEmpty()) return Main.INPUT_ERROR;
        if (format.equals("csv")) ContractWriter.csv(data, out);
        else ContractWriter.json(data, out);
        out.flush();
        return data.errors().isEmpty() ? 0 : Main.INPUT_ERROR;
    }
}
