package plancheck.harden;

import java.io.PrintWriter;
import java.io.StringWriter;
import plancheck.cli.Main;

/** One run of the command line as a user sees it: exit code, standard output and standard error. */
record Run(int exit, String out, String err) {
    static Run of(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }
}
