package plancheck.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;

/**
 * What a command runs with besides its arguments and output streams: standard input (for
 * {@code check -}), the environment (the locale variables that choose the language, {@code NO_COLOR})
 * and whether standard output is a terminal (colour). Tests pass their own.
 *
 * @param terminal whether standard output is a terminal
 */
public record Console(InputStream in, Map<String, String> env, boolean terminal) {
    /** Set by the launcher from {@code [ -t 1 ]}: Java alone cannot tell whether standard output is a terminal. */
    static final String TERMINAL_PROPERTY = "plancheck.stdout.tty";

    public Console {
        env = Map.copyOf(env);
    }

    /** The process's own: System.in, its environment, and the launcher's word on the terminal. */
    static Console system() {
        String tty = System.getProperty(TERMINAL_PROPERTY);
        boolean terminal = tty != null ? Boolean.parseBoolean(tty) : System.console() != null;
        return new Console(System.in, System.getenv(), terminal);
    }

    /** No input, no environment, no terminal: what tests see unless they say otherwise. */
    public static Console plain() {
        return new Console(new ByteArrayInputStream(new byte[0]), Map.of(), false);
    }

    public Console withInput(InputStream input) {
        return new Console(input, env, terminal);
    }

    public Console withEnv(Map<String, String> environment) {
        return new Console(in, environment, terminal);
    }

    public Console withTerminal(boolean isTerminal) {
        return new Console(in, env, isTerminal);
    }

    /**
     * The language the locale variables ask for: the first set of LC_ALL, LC_MESSAGES and LANG (the
     * order POSIX gives them) decides; "en" when it names an English locale, else "zh".
     */
    String language() {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = env.get(name);
            if (v != null && !v.isEmpty()) return v.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? "en" : "zh";
        }
        return "zh";
    }

    /** Colour only for a person at a terminal, and never when NO_COLOR is set to anything (no-color.org). */
    boolean colour() {
        String noColour = env.get("NO_COLOR");
        return terminal && (noColour == null || noColour.isEmpty());
    }
}
