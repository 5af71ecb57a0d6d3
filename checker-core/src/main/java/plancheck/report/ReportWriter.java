package plancheck.report;

import java.io.IOException;
import java.io.Writer;
import plancheck.CheckResult;

/** One report format. Implementations write the whole report from the result and nothing else. */
public interface ReportWriter {
    /** The name users give with --format. */
    String format();

    /** The file name extension of this format, for -o DIR. */
    String extension();

    void write(CheckResult result, ReportOptions options, Writer out) throws IOException;
}
