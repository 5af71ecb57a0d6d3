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
        subcommands = {CheckCommand.class, AnnotateCommand.class, ExtractCommand.class, RulesCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
    /** Exit code for usage and input errors. */
    public static final int INPUT_ERROR = 2;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Without a command there is nothing to do: a usage error, the usage on standard error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return INPUT_ERROR;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(Console.system(), out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line and returns the exit code (tests call this without exiting), with {@link Console#plain}. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(Console.plain(), out, err, args);
    }

    /** Runs the command line with {@code console}'s input, environment and terminal. */
    public static int run(Console console, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main(), new Factory(console));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> INPUT_ERROR);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("plancheck: " + ex.getMessage());
            // A command given nothing at all gets its usage, as the command without arguments does.
            if (ex instanceof CommandLine.MissingParameterException && a[a.length - 1].equals(c.getCommandName())) {
                c.usage(c.getErr());
            } else {
                c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            }
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

    /** Makes the commands, handing the console to those that take one. */
    private record Factory(Console console) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                var made = cls.getDeclaredConstructor(Console.class);
                made.setAccessible(true);
                return made.newInstance(console);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
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
