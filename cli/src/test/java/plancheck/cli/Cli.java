package plancheck.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the real command line in-process and keeps what it printed. */
record Cli(int exit, String out, String err) {
    static Cli run(String... args) {
        return run(Console.plain(), args);
    }

    /** With standard input, environment and terminal as {@code console} gives them. */
    static Cli run(Console console, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(console, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** With {@code stdin} on standard input. */
    static Cli withInput(String stdin, String... args) {
        return run(Console.plain().withInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))), args);
    }

    /** With the environment variables given as name, value, name, value ... */
    static Cli withEnv(Map<String, String> env, String... args) {
        return run(Console.plain().withEnv(env), args);
    }
}
