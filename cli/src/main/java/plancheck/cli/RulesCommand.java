package plancheck.cli;

import java.io.PrintWriter;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import plancheck.engine.RuleBase;
import plancheck.engine.RuleCatalogue;
import plancheck.engine.RuleInfo;
import plancheck.report.Messages;
import plancheck.report.RuleTable;

/**
 * {@code plancheck rules}: the rule catalogue, as the engine and the reports know it. It loads the
 * rule base first and fails unless every rule listed is in it, so a listing proves the jar's rules
 * load (the launcher's smoke test of a new build).
 */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Lists every rule with its id, default severity and what it checks.",
            "--format markdown adds an example that fires and how to fix it (the README's rule table)."})
public final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LangOption lang;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        Messages m;
        try {
            m = lang.messages();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("plancheck: " + e.getMessage());
            return Main.INPUT_ERROR;
        }
        if (!format.equals("text") && !format.equals("markdown")) {
            spec.commandLine().getErr().println("plancheck: rules --format must be text or markdown, not '" + format + "'");
            return Main.INPUT_ERROR;
        }
        Set<String> missing = new TreeSet<>();
        RuleCatalogue.standard().all().forEach(r -> missing.add(r.id()));
        missing.removeAll(RuleBase.builtIn().ruleIds());
        if (!missing.isEmpty()) {
            spec.commandLine().getErr().println("plancheck: the rule base lacks " + String.join(", ", missing));
            return Main.INPUT_ERROR;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("markdown")) {
            out.print(RuleTable.markdown(RuleCatalogue.standard(), m));
        } else {
            for (RuleInfo r : RuleCatalogue.standard().all()) {
                out.printf("%-24s %-8s %s%n", r.id(), r.severity().code(), m.description(r.id()));
            }
        }
        out.flush();
        return 0;
    }
}
