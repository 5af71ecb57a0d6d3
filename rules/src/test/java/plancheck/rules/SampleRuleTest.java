package plancheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import plancheck.CheckResult;
import plancheck.Checker;
import plancheck.config.PlanDocuments;
import plancheck.engine.Finding;
import plancheck.engine.RuleBase;
import plancheck.engine.RuleCatalogue;
import plancheck.engine.RuleInfo;
import plancheck.engine.Settings;
import plancheck.engine.Severity;
import plancheck.model.IndicatorCatalogue;
import plancheck.read.Readers;
import plancheck.report.Messages;
import plancheck.report.ReportOptions;
import plancheck.report.RuleTable;
import plancheck.report.SarifReport;

/**
 * Adding a rule is one folder with its descriptor and one DRL file: a sample rule in
 * {@code src/test/resources/sample-rules/sample.zero-target/}, found by the catalogue's own lister,
 * compiled from its DRL together with every built-in rule's DRL, fires in a real check with its
 * descriptor's severity and messages, and is listed by the rule table and SARIF with its texts.
 */
class SampleRuleTest {
    private static final String ID = "sample.zero-target";

    @Test
    void aRuleFolderIsARule(@TempDir Path dir) throws IOException {
        RuleCatalogue sample = RuleCatalogue.load(getClass().getClassLoader(), "sample-rules");
        assertEquals(List.of(ID), sample.all().stream().map(RuleInfo::id).toList());
        RuleCatalogue catalogue = RuleCatalogue.standard().with(sample.all());

        KnowledgeBuilder drl = KnowledgeBuilderFactory.newKnowledgeBuilder();
        List<Path> files = new ArrayList<>(drlFiles(Path.of("src/main/resources", RuleCatalogue.FOLDER)));
        files.addAll(drlFiles(Path.of("src/test/resources/sample-rules")));
        for (Path f : files) drl.add(ResourceFactory.newFileResource(f.toFile()), ResourceType.DRL);
        assertEquals(List.of(), List.copyOf(drl.getErrors()));
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(drl.getKnowledgePackages());
        RuleBase rules = new RuleBase(kieBase);
        TreeSet<String> ids = new TreeSet<>();
        catalogue.all().forEach(r -> ids.add(r.id()));
        assertEquals(ids, rules.ruleIds(), "every built-in rule and the sample, from their DRL files");

        Path plan = dir.resolve("plan.csv");
        Files.writeString(plan, """
                plan_id,region,level,parent,period_start,period_end,indicator,scope_label,unit,kind,year,value,qualifier
                d3,河北区,district,天津市,2020,2022,有效发明专利,区内,件,baseline,2020,900,
                d3,河北区,district,天津市,2020,2022,有效发明专利,区内,件,target,2022,0,达到
                d3,河北区,district,天津市,2020,2022,技术合同成交额,全区,亿元,target,2022,20,达到
                """);
        CheckResult result = new Checker(Settings.defaults(), Readers.standard(PlanDocuments.none()), rules, catalogue,
                IndicatorCatalogue.standard()).check(List.of(plan));
        List<Finding> sampled = result.findings().stream().filter(f -> f.ruleId().equals(ID)).toList();
        assertEquals(1, sampled.size(), result.findings().toString());
        Finding f = sampled.get(0);
        assertEquals(3, f.source().line());
        assertEquals(Severity.WARNING, f.severity(), "the descriptor's severity");
        // The built-in rules still run beside it: the zero is below the 2020 baseline.
        assertTrue(result.findings().stream().anyMatch(x -> x.ruleId().equals("series.monotonic")), result.findings().toString());

        assertEquals("“有效发明专利”2022年的目标为 0", Messages.of("zh").with(catalogue).message(f));
        assertEquals("The 2022 target for \"有效发明专利\" is 0", Messages.of("en").with(catalogue).message(f));
        assertTrue(RuleTable.markdown(catalogue, Messages.of("zh")).contains("`" + ID + "` | warning | **目标为零**: 目标值为 0"));

        StringWriter sarif = new StringWriter();
        new SarifReport().write(result, new ReportOptions(Messages.of("en"), false), sarif);
        JsonNode run = new ObjectMapper().readTree(sarif.toString()).path("runs").get(0);
        JsonNode described = null;
        for (JsonNode r : run.path("tool").path("driver").path("rules")) if (r.path("id").asText().equals(ID)) described = r;
        assertEquals("Zero target", described.path("shortDescription").path("text").asText());
        assertEquals("warning", described.path("defaultConfiguration").path("level").asText());
        assertTrue(run.path("results").findValuesAsText("text").contains("The 2022 target for \"有效发明专利\" is 0"));
    }

    private static List<Path> drlFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
    }
}
