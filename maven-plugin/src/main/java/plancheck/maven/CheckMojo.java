package plancheck.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.config.CheckSetup;
import plancheck.config.ConfigException;
import plancheck.config.SettingsSource;
import plancheck.engine.Finding;
import plancheck.engine.Severity;
import plancheck.read.InputError;
import plancheck.report.Messages;
import plancheck.report.ReportFiles;
import plancheck.report.ReportOptions;
import plancheck.report.ReportWriter;
import plancheck.report.Reports;
import plancheck.report.TextReport;

/**
 * Checks the project's plan data and fails the build when it is inconsistent, like checkstyle or
 * spotbugs fail on violations. A thin shell: settings go through {@link CheckSetup} and the check
 * through {@code Checker}, exactly as in the command line.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {
    /** What the text report tells a build's user to set to list the unclassified numbers. */
    static final String VERBOSE_OPTION = "-Dplancheck.verbose=true";

    /** Plan files and folders to check (*.csv, *.json, *.txt). */
    @Parameter(property = "plancheck.sources", defaultValue = "${project.basedir}/src/main/plans")
    List<File> sources;

    /** The build fails on a finding at least this serious: error, warning, info or none. */
    @Parameter(property = "plancheck.failOn", defaultValue = "error")
    String failOn;

    @Parameter(property = "plancheck.skip", defaultValue = "false")
    boolean skip;

    /** Report formats written to the output directory, as plancheck-report.EXT. */
    @Parameter(property = "plancheck.formats", defaultValue = "text,json")
    List<String> formats;

    @Parameter(property = "plancheck.outputDirectory", defaultValue = "${project.build.directory}/plancheck")
    File outputDirectory;

    /** DRL files of your own rules, loaded next to the built-in ones. They are code: name only files you trust. */
    @Parameter(property = "plancheck.ruleFiles")
    List<File> ruleFiles;

    /** Per rule id: error, warning, info or off. */
    @Parameter
    Map<String, String> severities;

    /** The command-line form of {@code severities}: -Dplancheck.severities=id=level,id=level. */
    @Parameter(property = "plancheck.severities")
    List<String> severityList;

    /** Per tolerance name, e.g. share (percentage points). */
    @Parameter
    Map<String, String> tolerances;

    /** The command-line form of {@code tolerances}: -Dplancheck.tolerances=share=1. */
    @Parameter(property = "plancheck.tolerances")
    List<String> toleranceList;

    /** CSV of accepted findings: rule,region,indicator,year,reason. */
    @Parameter(property = "plancheck.waivers")
    File waivers;

    /** Settings file; default: plancheck.json in the project's folder, if there is one. */
    @Parameter(property = "plancheck.configFile")
    File configFile;

    /**
     * Also list, per document, the numbers that could not be classified (in the text report), as
     * {@code plancheck check --verbose} does.
     */
    @Parameter(property = "plancheck.verbose", defaultValue = "false")
    boolean verbose;

    /** Language of the messages: zh or en. */
    @Parameter(property = "plancheck.lang", defaultValue = "zh")
    String lang;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("plancheck: skipped");
            return;
        }
        Severity threshold = Severity.threshold(failOn);
        if (threshold == null) {
            throw new MojoExecutionException("plancheck: failOn must be error, warning, info or none, not '" + failOn + "'");
        }
        List<ReportWriter> writers;
        Messages m;
        try {
            writers = Reports.parse(formats == null ? List.of() : formats, "format");
            m = Messages.of(lang);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("plancheck: " + e.getMessage());
        }

        quietDrools();
        CheckSetup setup;
        try {
            String origin = "plancheck-maven-plugin configuration";
            Map<String, String> sev = new LinkedHashMap<>(severities == null ? Map.of() : severities);
            sev.putAll(SettingsSource.pairs(severityList, origin));
            Map<String, String> tol = new LinkedHashMap<>(tolerances == null ? Map.of() : tolerances);
            tol.putAll(SettingsSource.pairs(toleranceList, origin));
            List<String> rules = ruleFiles == null ? List.of() : ruleFiles.stream().map(File::getPath).toList();
            SettingsSource params = SettingsSource.of(origin, basedir.toPath(), sev, tol, rules,
                    waivers == null ? null : waivers.getPath());
            setup = CheckSetup.load(configFile == null ? null : configFile.toPath(), basedir.toPath(), params);
        } catch (ConfigException e) {
            throw new MojoExecutionException("plancheck: " + e.getMessage());
        }

        List<Path> paths = sources.stream().map(File::toPath).toList();
        CheckResult result = setup.checker().check(paths);
        for (InputError e : result.errors()) log.error(e.toString());
        for (Finding f : result.findings()) {
            String line = TextReport.line(f, m);
            switch (f.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                default -> log.info(line);
            }
        }
        for (String line : TextReport.summary(result, m)) log.info(line);

        List<Path> files;
        try {
            // Through temporary files, so that an interrupted build never leaves half a report.
            files = ReportFiles.writeAll(outputDirectory.toPath(), "plancheck-report", writers, result,
                    new ReportOptions(m, verbose, VERBOSE_OPTION));
        } catch (IOException e) {
            throw new MojoExecutionException("plancheck: cannot write the reports into " + outputDirectory + ": "
                    + e.getMessage(), e);
        }
        Path first = files.isEmpty() ? null : files.get(0);

        if (threshold == Severity.OFF) return;
        String where = first == null ? "" : "; see " + Checker.display(first);
        if (!result.errors().isEmpty()) {
            throw new MojoFailureException("plancheck: " + result.errors().size() + " input error(s)" + where);
        }
        if (result.failsAt(threshold)) {
            Map<String, Integer> perRule = result.countByRule(threshold);
            int total = perRule.values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder b = new StringBuilder("plancheck: ").append(total).append(" finding(s) at or above ")
                    .append(threshold.code()).append(": ");
            perRule.forEach((id, n) -> b.append(id).append(" ").append(n).append(", "));
            b.setLength(b.length() - 2);
            throw new MojoFailureException(b.append(where).toString());
        }
    }

    /**
     * Drools logs its start-up at INFO ("Found kmodule" ...), which says nothing to someone reading
     * a build log. Maven's SLF4J binding reads per-logger levels from system properties when a
     * logger is made, so a level set here, before Drools makes its loggers, holds; a level the
     * user gave with -D wins.
     */
    private static void quietDrools() {
        for (String name : List.of("org.drools", "org.kie")) {
            System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log." + name, "warn");
        }
    }
}
