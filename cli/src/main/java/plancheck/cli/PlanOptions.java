package plancheck.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import plancheck.config.ConfigException;
import plancheck.config.DocumentsSection;
import plancheck.config.PlanDocuments;
import plancheck.read.document.GivenPlan;

/**
 * What a document is where its title does not say (text copied from a web page often has no
 * title): the same four options on every command that reads documents. They fill only what a
 * document's title leaves out; plancheck.json's {@code documents} section gives them per file.
 */
public final class PlanOptions {
    @Option(names = "--region", paramLabel = "NAME",
            description = "The plan's region, for documents without a usable title (such as 津南区).")
    String region;

    @Option(names = "--level", paramLabel = "LEVEL",
            description = "Its level: province, city, district or county (zones such as 高新区 are districts).")
    String level;

    @Option(names = "--parent", paramLabel = "NAME", description = "The region it belongs to (such as 天津市).")
    String parent;

    @Option(names = "--period", paramLabel = "START-END", description = "The plan's years, such as 2020-2022 or 十四五.")
    String period;

    /** The options as given; {@link GivenPlan#NONE} when none is. */
    GivenPlan given() throws ConfigException {
        return DocumentsSection.plan(region, level, parent, period, "command line");
    }

    /** For a command that reads without the settings file: the options, and the folders' plancheck.json. */
    PlanDocuments documents() throws ConfigException {
        return new PlanDocuments(java.util.Map.<Path, GivenPlan>of(), given());
    }
}
