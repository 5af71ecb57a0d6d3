package plancheck.cli;

import picocli.CommandLine.Option;
import plancheck.report.Messages;

/** {@code --lang}, shared by the commands: zh or en, else what the locale variables say. */
final class LangOption {
    static final String DESCRIPTION = "Language of every message: zh or en (default: en when LC_ALL, LC_MESSAGES "
            + "or LANG, the first of them set, names an English locale such as en_US.UTF-8; zh otherwise).";
    private final Console console;

    @Option(names = "--lang", paramLabel = "LANG", description = DESCRIPTION)
    String lang;

    LangOption(Console console) {
        this.console = console;
    }

    /** The messages in the language asked for; null, with the reason printed, for an unknown language. */
    Messages messagesOrSay(java.io.PrintWriter err) {
        try {
            return messages();
        } catch (IllegalArgumentException e) {
            err.println("plancheck: " + e.getMessage());
            return null;
        }
    }

    /** The messages in the language asked for; an unknown language is an IllegalArgumentException. */
    Messages messages() {
        return Messages.of(lang != null ? lang : console.language());
    }
}
