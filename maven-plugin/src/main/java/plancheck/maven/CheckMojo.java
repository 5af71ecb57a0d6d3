package plancheck.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
import plancheck.config.DocumentsSection;
import plancheck.config.ConfigException;
import plancheck.config.SettingsSource;
import plancheck.engine.Finding;
import plancheck.engine.Severity;
import plancheck.read.InputError;
import plancheck.read.Readers;
import plancheck.report.Messages;
import plancheck.report.ReportFiles;
import plancheck.report.ReportOptions;
import plancheck.report.ReportWriter;
import plancheck.report.Reports;
import plancheck.report.TextReport;

/**
 * Checks the project's plan data and fails the build when it is inconsistent, as checkstyle or
 * spotbugs fail on violations; writes the reports into target/plancheck.
 */
// A thin shell: settings go through CheckSetup and the check through Checker, as in the command line.
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {
    /** What the text report tells a build's user to set to list the unclassified numbers. */
    static final String VERBOSE_OPTION = "-Dplancheck.verbose=true";

    /**
     * Plan files and folders to check ({@code *.csv}, {@code *.json}, {@code *.txt}), relative to the
     * project's folder. One that does not exist is skipped with an info line, as
     * maven-checkstyle-plugin skips a missing source directory, so a module without plans builds.
     */
    @Parameter(property = "plancheck.sources", defaultValue = "${project.basedir}/src/main/plans")
    List<File> sources;

    /**
     * Ant-style patterns of the files to check under each source folder (e.g. {@code **}{@code /*.csv});
     * default: every plan file. With includes or excludes a folder's {@code .plancheckignore} is not read.
     */
    @Parameter(property = "plancheck.includes")
    List<String> includes;

    /** Ant-style patterns of files under the source folders to leave out (e.g. {@code drafts/**}). */
    @Parameter(property = "plancheck.excludes")
    List<String> excludes;

    /**
     * The build fails on a finding at least this serious: error, warning, info or none. Findings at or
     * above it are logged as [ERROR], those below as [WARNING].
     */
    @Parameter(property = "plancheck.failOn", defaultValue = "error")
    String failOn;

    /**
     * How many findings at or above {@code failOn} the build tolerates (as maven-checkstyle-plugin's
     * maxAllowedViolations): it fails only above this number. Input errors always fail it.
     */
    @Parameter(property = "plancheck.maxAllowedViolations", defaultValue = "0")
    int maxAllowedViolations;

    /** Skip the check. */
    @Parameter(property = "plancheck.skip", defaultValue = "false")
    boolean skip;

    /** List every finding in the build log; false prints only the summary (the reports still hold them all). */
    @Parameter(property = "plancheck.consoleOutput", defaultValue = "true")
    boolean consoleOutput;

    /**
     * Report formats, each written once as plancheck-report.EXT in {@code outputDirectory}: any format
     * of {@code plancheck check --format} (text, json, html, sarif, junit).
     */
    @Parameter(property = "plancheck.formats", defaultValue = "text,json")
    List<String> formats;

    /** The folder the reports are written to. */
    @Parameter(property = "plancheck.outputDirectory", defaultValue = "${project.build.directory}/plancheck")
    File outputDirectory;

    /**
     * The file of the main report (the first of {@code formats}), instead of plancheck-report.EXT in
     * {@code outputDirectory}; the other formats stay there.
     */
    @Parameter(property = "plancheck.outputFile")
    File outputFile;

    /** DRL files of your own rules, loaded next to the built-in ones. They are code: name only files you trust. */
    @Parameter(property = "plancheck.ruleFiles")
    List<File> ruleFiles;

    /**
     * Per rule id: error, warning, info or off. Maven cannot set a map from the command line, so there
     * it is the user property {@code -Dplancheck.severities=id=level,id=level}, which wins over this.
     */
    @Parameter
    Map<String, String> severities;

    /**
     * Per tolerance name, e.g. share (percentage points a stated share may be off). On the command
     * line: {@code -Dplancheck.tolerances=share=1}, which wins over this.
     */
    @Parameter
    Map<String, String> tolerances;

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

    /**
     * The region of plan documents whose title does not say it (text copied from a web page), such as
     * 津南区; with {@code level}, {@code parent} and {@code period}, it fills only what a title leaves
     * out. Per file, plancheck.json's {@code documents} section says the same.
     */
    @Parameter(property = "plancheck.region")
    String region;

    /** The level of those documents' region: province, city, district or county (zones are districts). */
    @Parameter(property = "plancheck.level")
    String level;

    /** The region those documents' region belongs to, such as 天津市. */
    @Parameter(property = "plancheck.parent")
    String parent;

    /** Those documents' years, such as 2020-2022 or 十四五. */
    @Parameter(property = "plancheck.period")
    String period;

    /**
     * The folder SARIF and GitHub annotations give paths relative to ({@code %SRCROOT%}): the folder
     * the build was started in (a multi-module build's root, as code-scanning tools expect paths
     * relative to the repository), unless set.
     */
    @Parameter(property = "plancheck.sourceRoot", defaultValue = "${session.executionRootDirectory}")
    File sourceRoot;

    /** The folder paths in reports and in the log are relative to, whatever folder Maven runs in. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The build's -D properties: the command-line forms of {@code severities} and {@code tolerances}. */
    @Parameter(defaultValue = "${session.userProperties}", readonly = true, required = true)
    Properties userProperties;

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
        Path base = basedir.toPath().toAbsolutePath().normalize();
        PlanSources.Selection selected = PlanSources.select(sources, includes, excludes, Readers.standard());
        for (File f : selected.missing()) {
            log.info("plancheck: " + Checker.display(base, f.toPath()) + " does not exist, skipped");
        }
        if (selected.paths().isEmpty() && !selected.missing().isEmpty()) {
            log.info("plancheck: no plan sources in this project, nothing to check");
            return;
        }

        quietDrools();
        CheckResult result = setup().checker().namedFrom(base).check(selected.paths());
        logFindings(result, m, threshold, log);

        List<Path> files;
        try {
            files = writeReports(writers, result, new ReportOptions(m, verbose, VERBOSE_OPTION).withNamesFrom(base)
                    .withSourceRoot(sourceRoot == null ? base : sourceRoot.toPath()).withFailOn(threshold));
        } catch (IOException e) {
            throw new MojoExecutionException("plancheck: cannot write the reports into " + outputDirectory + ": "
                    + e.getMessage(), e);
        }
        if (threshold == Severity.OFF) return;
        String where = files.isEmpty() ? "" : "; see " + Checker.display(base, files.get(0));
        if (!result.errors().isEmpty()) {
            throw new MojoFailureException("plancheck: " + result.errors().size() + " input error(s)" + where);
        }
        if (result.failsAt(threshold)) {
            Map<String, Integer> perRule = result.countByRule(threshold);
            int total = perRule.values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder b = new StringBuilder("plancheck: ").append(total).append(" finding(s) at or above ")
                    .append(threshold.code());
            if (total <= maxAllowedViolations) {
                log.info(b.append(", within maxAllowedViolations ").append(maxAllowedViolations).toString());
                return;
            }
            if (maxAllowedViolations > 0) b.append(" (more than maxAllowedViolations ").append(maxAllowedViolations).append(')');
            b.append(": ");
            perRule.forEach((id, n) -> b.append(id).append(" ").append(n).append(", "));
            b.setLength(b.length() - 2);
            throw new MojoFailureException(b.append(where).toString());
        }
    }

    /** The settings: plancheck.json, overridden by the parameters, overridden by the -D forms of the maps. */
    private CheckSetup setup() throws MojoExecutionException {
        try {
            String origin = "plancheck-maven-plugin configuration";
            Map<String, String> sev = new LinkedHashMap<>(severities == null ? Map.of() : severities);
            sev.putAll(SettingsSource.pairs(property("plancheck.severities"), origin));
            Map<String, String> tol = new LinkedHashMap<>(tolerances == null ? Map.of() : tolerances);
            tol.putAll(SettingsSource.pairs(property("plancheck.tolerances"), origin));
            List<String> rules = ruleFiles == null ? List.of() : ruleFiles.stream().map(File::getPath).toList();
            SettingsSource params = SettingsSource.of(origin, basedir.toPath(), sev, tol, rules,
                    waivers == null ? null : waivers.getPath())
                    .withDocuments(java.util.Map.of(), DocumentsSection.plan(region, level, parent, period, origin));
            return CheckSetup.load(configFile == null ? null : configFile.toPath(), basedir.toPath(), params);
        } catch (ConfigException e) {
            throw new MojoExecutionException("plancheck: " + e.getMessage());
        }
    }

    /** A comma-separated -D property as its entries (none when unset). */
    private List<String> property(String name) {
        String v = userProperties == null ? null : userProperties.getProperty(name);
        if (v == null || v.isBlank()) return List.of();
        return java.util.Arrays.stream(v.split(",")).map(String::trim).filter(e -> !e.isEmpty()).toList();
    }

    /** Findings at or above the threshold as [ERROR], below it as [WARNING]; with consoleOutput off, none. */
    private void logFindings(CheckResult result, Messages m, Severity threshold, Log log) {
        for (InputError e : result.errors()) log.error(e.toString());
        if (consoleOutput) {
            for (Finding f : result.findings()) {
                String line = TextReport.line(f, m);
                if (threshold != Severity.OFF && f.severity().atLeast(threshold)) log.error(line);
                else log.warn(line);
            }
        }
        for (String line : TextReport.summary(result, m)) log.info(line);
    }

    /** Through temporary files, so that an interrupted build never leaves half a report. */
    private List<Path> writeReports(List<ReportWriter> writers, CheckResult result, ReportOptions options)
            throws IOException {
        if (outputFile == null || writers.isEmpty()) {
            return ReportFiles.writeAll(outputDirectory.toPath(), "plancheck-report", writers, result, options);
        }
        ReportFiles.write(outputFile.toPath(), writers.get(0), result, options);
        List<Path> files = new java.util.ArrayList<>(List.of(outputFile.toPath()));
        files.addAll(ReportFiles.writeAll(outputDirectory.toPath(), "plancheck-report",
                writers.subList(1, writers.size()), result, options));
        return files;
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
