package plancheck.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code plancheck}: the command line. Each subcommand is its own small class. */
@Command(name = "plancheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks the quantitative targets of government plan documents (五年规划, "
                + "三年行动计划) for inconsistencies: blanks, dips, wrong scope labels, table vs body, "
                + "districts vs city, shares of the city total.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  plancheck check seeds/                 check every plan file under seeds/",
            "  plancheck check --format json a.csv    findings as JSON for a pipeline",
            "  plancheck extract plan.txt > plan.csv  the figures read from a document",
            "  plancheck rules                        the rules, their ids and severities",
            "  plancheck serve                        the review page on http://127.0.0.1:8080/"},
        subcommands = {CheckCommand.class, ExtractCommand.class, RulesCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code for usage and input errors. */
    public static final int INPUT_ERROR = 2;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line and returns the exit code (tests call this without exiting). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> INPUT_ERROR);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("plancheck: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for more information.");
            return INPUT_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            boolean debug = c.getParseResult() != null && c.getParseResult().hasMatchedOption("--debug");
            if (debug) ex.printStackTrace(c.getErr());
            else if (outOfMemory(ex)) c.getErr().println(outOfMemoryLine());
            else c.getErr().println("plancheck: " + ex.getMessage() + " (run with --debug for details)");
            return INPUT_ERROR;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // The heap is free again once the check has unwound, so the one line can still be written.
            err.println(outOfMemoryLine());
            return INPUT_ERROR;
        }
    }

    private static String outOfMemoryLine() {
        return "plancheck: out of memory: the Java heap is capped at " + (Runtime.getRuntime().maxMemory() >> 20)
                + " MB; give it more with PLANCHECK_JAVA_OPTS=-Xmx<size> (for example -Xmx4g)";
    }

    /** Also when a reading thread ran out and its error reached the command wrapped. */
    private static boolean outOfMemory(Throwable t) {
        for (; t != null; t = t.getCause()) if (t instanceof OutOfMemoryError) return true;
        return false;
    }
}
