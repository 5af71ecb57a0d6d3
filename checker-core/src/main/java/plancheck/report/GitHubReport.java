package plancheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import plancheck.CheckResult;
import plancheck.engine.Finding;
import plancheck.engine.Severity;
import plancheck.model.Source;
import plancheck.read.InputError;

/**
 * GitHub Actions workflow commands, one line per finding and input error, which a workflow's log turns
 * into annotations on the files: {@code ::error file=F,line=L,col=C,endLine=L,endColumn=C,title=rule-id::message}.
 * Files are relative to the source root (the workspace), at the place SARIF points to; values are
 * escaped as GitHub's toolkit does ({@code %}, CR and LF everywhere, also {@code :} and {@code ,} in
 * properties). Quiet keeps the errors only.
 */
public final class GitHubReport implements ReportWriter {
    private final boolean quiet;

    /** Every finding and input error. */
    public GitHubReport() {
        this(false);
    }

    /** @param quiet only the findings of severity error (and the input errors) */
    public GitHubReport(boolean quiet) {
        this.quiet = quiet;
    }
    @Override
    public String format() {
        return "github";
    }

    @Override
    public String extension() {
        return "github.txt";
    }

    @Override
    public void write(CheckResult r, ReportOptions o, Writer out) throws IOException {
        Messages m = o.messages().with(r.catalogue());
        Places places = Places.of(r, o, new ObjectMapper());
        for (InputError e : r.errors()) {
            out.write(command("error", places, new Source(e.file(), e.line(), e.column(), ""), ToolVersion.NAME, e.message(m)));
        }
        for (Finding f : r.findings()) {
            if (quiet && f.severity() != Severity.ERROR) continue;
            out.write(command(command(f.severity()), places, places.primary(f.source()), f.ruleId(), TextReport.detail(f, m)));
        }
    }

    private static String command(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, OFF -> "notice";
        };
    }

    private static String command(String kind, Places places, Source at, String title, String message) {
        StringBuilder b = new StringBuilder("::").append(kind);
        List<String> props = new ArrayList<>();
        if (!at.file().isEmpty()) props.add("file=" + property(places.path(at.file())));
        Places.Region region = places.region(at);
        if (region != null) {
            props.add("line=" + region.startLine());
            props.add("col=" + region.startColumn());
            props.add("endLine=" + region.endLine());
            props.add("endColumn=" + region.endColumn());
        }
        props.add("title=" + property(title));
        b.append(' ').append(String.join(",", props));
        return b.append("::").append(data(message)).append('\n').toString();
    }

    /** A message: percent, CR and LF escaped (GitHub's toolkit, escapeData). */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: also ':' and ',', which would end it (GitHub's toolkit, escapeProperty). */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
