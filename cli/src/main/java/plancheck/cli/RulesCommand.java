package plancheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import plancheck.engine.RuleCatalogue;
import plancheck.engine.RuleInfo;
import plancheck.report.Messages;

/** {@code plancheck rules}: the rule catalogue, as the engine and the reports know it. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists every rule with its id, default severity and what it checks.")
public final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG", description = "zh or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Messages m = Messages.of(lang);
        for (RuleInfo r : RuleCatalogue.standard().all()) {
            out.printf("%-24s %-8s %s%n", r.id(), r.severity().code(), m.description(r.id()));
        }
        out.flush();
        return 0;
    }
}
