package plancheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.annotate.Annotator;
import plancheck.read.InputError;
import plancheck.report.Messages;

/** {@code plancheck annotate}: the reviewer's own document back, with a comment at each finding. */
@Command(name = "annotate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Checks a Word (.docx) or PDF plan (with --with files for the rules across plans) and writes a copy "
                + "with a comment (Word) or highlight (PDF) at each place a finding concerns: the message and "
                + "the rule id, and for a finding of several places the others. The document itself is never "
                + "changed; OUT is replaced only once complete.",
            "",
            "Exit codes: 0 written, no error finding; 1 written, with error findings; 2 a usage or input error."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  plancheck annotate draft.docx -o draft.checked.docx --with seeds/reference",
            "  plancheck annotate --lang en plan.pdf"})
public final class AnnotateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The document to annotate (.docx or .pdf).")
    Path document;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Where to write the annotated copy (default: FILE with .annotated before its extension).")
    Path output;

    @Option(names = "--with", paramLabel = "PATH", arity = "1..*",
            description = "Other plan files or folders checked together with FILE (the city's plan, an earlier plan).")
    List<Path> with = new ArrayList<>();

    @Mixin
    LangOption lang;

    @Mixin
    CheckOptions check = new CheckOptions();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = lang.messagesOrSay(err);
        if (messages == null) return Main.INPUT_ERROR;
        Checker checker = check.checker(err);
        if (checker == null) return Main.INPUT_ERROR;
        List<Path> paths = new ArrayList<>();
        paths.add(document);
        paths.addAll(with);
        CheckResult result = checker.check(paths);
        for (InputError e : result.errors()) err.println(e);
        String name = Checker.display(document);
        if (result.errors().stream().anyMatch(e -> e.file().equals(name) || e.file().equals(document.toString()))) {
            return Main.INPUT_ERROR;
        }
        Path target = output != null ? output : Annotator.defaultTarget(document);
        int marks;
        try {
            marks = Annotator.annotate(document, result, messages, target);
        } catch (Annotator.NotAnnotatable e) {
            err.println(name + ": " + e.getMessage());
            return Main.INPUT_ERROR;
        }
        spec.commandLine().getOut().println(messages.format("annotate.written", target, marks, result.findings().size()));
        if (!result.errors().isEmpty()) return Main.INPUT_ERROR;
        return result.failsAt(plancheck.engine.Severity.ERROR) ? 1 : 0;
    }
}
