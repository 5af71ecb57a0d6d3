package plancheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.engine.Finding;
import plancheck.engine.Settings;
import plancheck.engine.Severity;
import plancheck.report.JsonReport;
import plancheck.report.ReportOptions;
import plancheck.report.TextReport;

/** Settings from plancheck.json, flags and waiver files, run through real Drools sessions. */
class CheckSetupTest {
    static final String HEADER = "plan_id,region,level,parent,period_start,period_end,indicator,scope_label,unit,kind,year,value\n";
    /** A district whose 2022 patent target was left blank, and a plain 2021 target. */
    static final String PLANS = HEADER
            + "p,河北区,district,天津市,2020,2022,有效发明专利,区内,件,target,2021,1000\n"
            + "p,河北区,district,天津市,2020,2022,有效发明专利,区内,件,target,2022,\n";
    static final String USER_RULE = """
            package acme.rules;
            import plancheck.model.*;
            import plancheck.engine.*;
            global FindingSink sink;

            // Our office wants every target of 1000 or more looked at by a person.
            rule "acme.big-target/count"
            when
                $f : Figure( kind == Kind.TARGET, value != null, value >= 1000 )
            then
                sink.report("acme.big-target", $f, "target of " + $f.value() + " needs review");
            end
            """;

    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    CheckResult run(SettingsSource source) throws Exception {
        Path plans = write("plans/p.csv", PLANS);
        return CheckSetup.of(source).checker().check(List.of(plans));
    }

    static SettingsSource flags(Map<String, String> severities, Map<String, String> tolerances, List<String> rules,
                                String waivers) {
        return SettingsSource.of("command line", null, severities, tolerances, rules, waivers);
    }

    String error(SettingsSource source) {
        return assertThrows(ConfigException.class, () -> CheckSetup.of(source)).getMessage();
    }

    @Test
    void defaultsReportTheBlankTarget() throws Exception {
        CheckResult r = run(SettingsSource.empty());
        assertEquals(List.of("target.blank"), r.findings().stream().map(Finding::ruleId).toList());
        assertEquals(Severity.ERROR, r.findings().get(0).severity());
    }

    @Test
    void configFileChangesSeverityAndTolerance() throws Exception {
        Path json = write("plancheck.json", """
                {"severities": {"target.blank": "warning"}, "tolerances": {"share": 1.5}}""");
        CheckSetup setup = CheckSetup.load(json, null, SettingsSource.empty());
        assertEquals(1.5, setup.settings().tolerance(Settings.SHARE_TOLERANCE));
        CheckResult r = setup.checker().check(List.of(write("plans/p.csv", PLANS)));
        assertEquals(Severity.WARNING, r.findings().get(0).severity());
        assertTrue(!r.failsAt(Severity.ERROR) && r.failsAt(Severity.WARNING));
    }

    @Test
    void flagsOverrideTheConfigFile() throws Exception {
        write("plancheck.json", "{\"severities\": {\"target.blank\": \"warning\"}}");
        CheckSetup setup = CheckSetup.load(null, dir, flags(Map.of("target.blank", "off"), Map.of(), List.of(), null));
        assertEquals(Severity.OFF, setup.settings().severities().get("target.blank"));
        assertEquals(List.of(), setup.checker().check(List.of(write("plans/p.csv", PLANS))).findings());
    }

    @Test
    void configErrorsNameTheFileAndTheProblem() throws Exception {
        Path json = write("cfg/plancheck.json", "{\"severities\": {\"target.blankk\": \"error\"}}");
        String name = json.toString();
        assertTrue(assertThrows(ConfigException.class, () -> CheckSetup.load(json, null, SettingsSource.empty()))
                .getMessage().startsWith(name + ": unknown rule id 'target.blankk' in severities (known: target.blank,"));

        Files.writeString(json, "{\"severities\": {\"target.blank\": \"fatal\"}}");
        assertEquals(name + ": unknown severity 'fatal' for target.blank (known: error, warning, info, off)",
                assertThrows(ConfigException.class, () -> CheckSetup.load(json, null, SettingsSource.empty())).getMessage());

        Files.writeString(json, "{\"tolerances\": {\"sahre\": 1}}");
        assertEquals(name + ": unknown tolerance 'sahre' (known: share)",
                assertThrows(ConfigException.class, () -> CheckSetup.load(json, null, SettingsSource.empty())).getMessage());

        Files.writeString(json, "{\"ruleFiles\": [\"missing.drl\"]}");
        assertEquals(name + ": rule file not found: " + dir.resolve("cfg/missing.drl"),
                assertThrows(ConfigException.class, () -> CheckSetup.load(json, null, SettingsSource.empty())).getMessage());

        Files.writeString(json, "{\"severities\": {\"target.blank\": \"error\"},\n \"colour\": 1}");
        assertEquals(name + ": unknown key 'colour' (known: severities, tolerances, ruleFiles, waivers, documents)",
                assertThrows(ConfigException.class, () -> CheckSetup.load(json, null, SettingsSource.empty())).getMessage());

        Files.writeString(json, "{\"severities\": {\n");
        assertTrue(assertThrows(ConfigException.class, () -> CheckSetup.load(json, null, SettingsSource.empty()))
                .getMessage().startsWith(name + ":2: not valid JSON: "));

        assertEquals("command line: tolerance share must be a number of 0 or more, not '-1'",
                error(flags(Map.of(), Map.of("share", "-1"), List.of(), null)));
    }

    @Test
    void waivedFindingsAreCountedNotDropped() throws Exception {
        Path waivers = write("waivers.csv", """
                rule,region,indicator,year,reason
                # the district has promised to publish the figure
                target.blank,河北区,有效发明专利,2022,to be filled in by the district office
                """);
        CheckResult r = run(flags(Map.of(), Map.of(), List.of(), waivers.toString()));
        assertEquals(List.of(), r.findings());
        assertEquals(List.of("target.blank"), r.waived().stream().map(w -> w.finding().ruleId()).toList());
        assertEquals("to be filled in by the district office", r.waived().get(0).waiver().reason());
        assertEquals(3, r.waived().get(0).waiver().line());
        assertTrue(!r.failsAt(Severity.INFO));

        StringWriter text = new StringWriter();
        new TextReport().write(r, ReportOptions.defaults(), text);
        assertTrue(text.toString().contains("另有 1 个问题已豁免"), text.toString());
        StringWriter json = new StringWriter();
        new JsonReport().write(r, ReportOptions.defaults(), json);
        assertTrue(json.toString().contains("\"waived\" : 1"), json.toString());
        assertTrue(json.toString().contains("\"reason\" : \"to be filled in by the district office\""), json.toString());
    }

    @Test
    void aWaiverForAnotherYearWaivesNothing() throws Exception {
        Path waivers = write("waivers.csv", "rule,region,indicator,year,reason\ntarget.blank,河北区,invention-patents,2021,\n");
        CheckResult r = run(flags(Map.of(), Map.of(), List.of(), waivers.toString()));
        assertEquals(1, r.findings().size());
        assertEquals(0, r.waived().size());
    }

    @Test
    void badWaiverFilesNameFileAndLine() throws Exception {
        Path waivers = write("waivers.csv", "rule,region,indicator,year,reason\n"
                + "target.blank,河北区,有效发明专利,2022,ok\n"
                + "target.blnk,河北区,有效发明专利,2022,typo\n");
        assertEquals(waivers + ":3: unknown rule id 'target.blnk'",
                error(flags(Map.of(), Map.of(), List.of(), waivers.toString())));
        Files.writeString(waivers, "rule,region,year\n");
        assertTrue(error(flags(Map.of(), Map.of(), List.of(), waivers.toString()))
                .startsWith(waivers + ":1: the header must be rule,region,indicator,year,reason"));
        assertEquals("command line: waiver file not found: " + dir.resolve("none.csv"),
                error(flags(Map.of(), Map.of(), List.of(), dir.resolve("none.csv").toString())));
    }

    @Test
    void userRuleFiresNextToTheBuiltInRules() throws Exception {
        Path drl = write("acme.drl", USER_RULE);
        CheckResult r = run(flags(Map.of(), Map.of(), List.of(drl.toString()), null));
        assertEquals(List.of("acme.big-target", "target.blank"), r.findings().stream().map(Finding::ruleId).sorted().toList());
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("acme.big-target")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(2021, f.year());
        assertTrue(TextReport.line(f, plancheck.report.Messages.of("en")).contains("error acme.big-target: target of 1000.0 needs review"),
                TextReport.line(f, plancheck.report.Messages.of("en")));

        // The built-in rule base is shared and stays as it was.
        assertEquals(List.of("target.blank"), new Checker(Settings.defaults()).check(List.of(dir.resolve("plans/p.csv")))
                .findings().stream().map(Finding::ruleId).toList());
    }

    static final String USER_DESCRIPTOR = """
            {"id": "acme.big-target", "severity": "warning", "precision": "low", "tags": ["acme"],
             "zh": {"name": "大目标", "description": "目标达到 1000 以上，需人工复核。", "message": "目标“{0}”需要复核",
                    "example": "有效发明专利达到1000件", "fix": "请人工复核。"},
             "en": {"name": "Big target", "description": "A target of 1000 or more, for a person to look at.",
                    "message": "review the target \\"{0}\\"", "example": "1000 patents", "fix": "Have it reviewed."}}
            """;

    @Test
    void aDescriptorBesideAUserRuleGivesItsSeverityAndTexts() throws Exception {
        Path drl = write("acme/acme.drl", USER_RULE);
        write("acme/rule.json", USER_DESCRIPTOR);
        CheckResult r = run(flags(Map.of(), Map.of(), List.of(drl.toString()), null));
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("acme.big-target")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, f.severity());
        plancheck.report.Messages en = plancheck.report.Messages.of("en").with(r.catalogue());
        assertEquals("review the target \"target of 1000.0 needs review\"", en.message(f));
        assertEquals("目标“target of 1000.0 needs review”需要复核", plancheck.report.Messages.of("zh").with(r.catalogue()).message(f));
        java.io.StringWriter sarif = new java.io.StringWriter();
        new plancheck.report.SarifReport().write(r, new plancheck.report.ReportOptions(en, false), sarif);
        String json = sarif.toString();
        assertTrue(json.contains("\"text\" : \"Big target\"") && json.contains("#your-own-rules"), json);
        // Its severity can still be set, as any rule's.
        CheckResult off = run(flags(Map.of("acme.big-target", "off"), Map.of(), List.of(drl.toString()), null));
        assertEquals(List.of("target.blank"), off.findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    void aBrokenOrStrayDescriptorIsOneLineNamingIt() throws Exception {
        Path drl = write("acme/acme.drl", USER_RULE);
        Path json = write("acme/rule.json", "{\"id\": \"acme.big-target\", ");
        String broken = error(flags(Map.of(), Map.of(), List.of(drl.toString()), null));
        assertTrue(broken.startsWith(json + ": not a rule descriptor: ") && !broken.contains("\n"), broken);
        write("acme/rule.json", USER_DESCRIPTOR.replace("acme.big-target", "acme.other"));
        assertEquals(json + ": describes rule 'acme.other', which " + drl + " does not hold",
                error(flags(Map.of(), Map.of(), List.of(drl.toString()), null)));
    }

    @Test
    void userRulesSeeEveryFactKind() throws Exception {
        // One rule per fact kind the README promises: figures, region values and both kinds of series.
        Path drl = write("facts.drl", """
                package acme.rules;
                import plancheck.model.*;
                import plancheck.engine.*;
                global FindingSink sink;

                rule "acme.facts/figure"
                when $f : Figure( kind == Kind.TARGET, value != null )
                then sink.report("acme.facts", $f, "figure"); end

                rule "acme.facts/value"
                when $v : RegionValue( kind == Kind.TARGET, parent == "天津市", level == Level.DISTRICT, indicator == "invention-patents" )
                then sink.report("acme.facts", $v.figure(), "value"); end

                rule "acme.facts/plan-series"
                when $s : PlanSeries( known ) $f : Figure( kind == Kind.TARGET, value != null ) from $s.figures()
                then sink.report("acme.facts", $f, "plan series"); end

                rule "acme.facts/region-series"
                when $s : RegionSeries( ) $v : RegionValue( kind == Kind.TARGET ) from $s.values()
                then sink.report("acme.facts", $v.figure(), "region series"); end
                """);
        CheckResult r = run(flags(Map.of(), Map.of(), List.of(drl.toString()), null));
        assertEquals(List.of("figure", "plan series", "region series", "value"), r.findings().stream()
                .filter(f -> f.ruleId().equals("acme.facts")).map(f -> f.args().get(0)).distinct().sorted().toList());
    }

    @Test
    void aRuleFileInsideADataFolderIsNeverLoaded() throws Exception {
        write("plans/acme.drl", USER_RULE);
        CheckResult r = run(SettingsSource.empty());
        assertEquals(List.of("target.blank"), r.findings().stream().map(Finding::ruleId).toList());
        assertEquals(List.of(), r.errors());
    }

    @Test
    void userRuleSeverityCanBeSetOrSwitchedOff() throws Exception {
        String drl = write("acme.drl", USER_RULE).toString();
        CheckResult warn = run(flags(Map.of("acme.big-target", "warning"), Map.of(), List.of(drl), null));
        assertEquals(List.of(Severity.ERROR, Severity.WARNING),
                warn.findings().stream().map(Finding::severity).sorted().toList());
        CheckResult off = run(flags(Map.of("acme.big-target", "off"), Map.of(), List.of(drl), null));
        assertEquals(List.of("target.blank"), off.findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    void brokenDrlNamesFileLineAndDroolsMessage() throws Exception {
        Path drl = write("broken.drl", """
                package acme.rules;
                import plancheck.model.*;
                global plancheck.engine.FindingSink sink;
                rule "acme.no-such-field"
                when
                    $f : Figure( nosuchfield == 3 )
                then
                    sink.report("acme.no-such-field", $f);
                end
                """);
        String message = error(flags(Map.of(), Map.of(), List.of(drl.toString()), null));
        assertTrue(message.startsWith(drl + ":6: rule file does not compile: "), message);
        assertTrue(message.contains("nosuchfield"), message);
        assertEquals(1, message.lines().count(), message);

        Files.writeString(drl, "package acme.rules;\nrule \"x\"\nwhen\n  Figure( \nthen\nend\n");
        String syntax = error(flags(Map.of(), Map.of(), List.of(drl.toString()), null));
        assertTrue(syntax.startsWith(drl + ":"), syntax);
        assertTrue(syntax.contains("rule file does not compile"), syntax);
    }

    @Test
    void aUserRuleMayNotTakeABuiltInId() throws Exception {
        Path drl = write("clash.drl", USER_RULE.replace("acme.big-target/count", "target.blank/mine"));
        assertTrue(error(flags(Map.of(), Map.of(), List.of(drl.toString()), null))
                .contains("takes the id of a built-in rule (target.blank)"));
    }
}
