package plancheck.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import plancheck.Checker;
import plancheck.engine.RuleBase;
import plancheck.engine.RuleCatalogue;
import plancheck.engine.RuleInfo;

/**
 * The user's own DRL files next to the built-in rules. The built-in rules are a precompiled
 * executable model without DRL sources, so the user's files are compiled on their own (classic DRL
 * compiler, about 0.1 s a file) and their packages added, together with the built-in packages, to a
 * new knowledge base. The shared built-in knowledge base is never changed. A {@code rule.json} beside
 * a file describes one of its rules as a built-in rule's descriptor does (severity, texts).
 *
 * <p>Rule files are code run inside the checker: only files the user names are ever loaded.
 */
public final class UserRules {
    private UserRules() {
    }

    /** The rule base and catalogue with the given DRL files added. */
    public record Combined(RuleBase ruleBase, RuleCatalogue catalogue) {
    }

    public static Combined add(RuleBase builtIn, RuleCatalogue catalogue, List<Path> files) throws ConfigException {
        if (files.isEmpty()) return new Combined(builtIn, catalogue);
        ClassLoader loader = RuleBase.class.getClassLoader();
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader));
        List<String> problems = new ArrayList<>();
        int seen = 0;
        for (Path file : files) {
            String name = Checker.display(file);
            kb.add(ResourceFactory.newFileResource(file.toFile()), ResourceType.DRL);
            // Errors accumulate in the builder; the new ones belong to the file just added.
            List<KnowledgeBuilderError> errors = new ArrayList<>(kb.getErrors());
            for (KnowledgeBuilderError e : errors.subList(seen, errors.size())) {
                // Drools follows a syntax error with this, which says nothing more: one line per problem.
                if (errors.size() - seen > 1 && "Parser returned a null Package".equals(e.getMessage())) continue;
                problems.add(describe(name, e));
            }
            seen = errors.size();
        }
        if (!problems.isEmpty()) throw new ConfigException(String.join("\n", problems));

        Set<String> builtInNames = builtIn.kieBase().getKiePackages().stream()
                .flatMap(p -> p.getRules().stream()).map(Rule::getName).collect(Collectors.toSet());
        Set<String> ids = new LinkedHashSet<>();
        for (KiePackage p : kb.getKnowledgePackages()) {
            for (Rule r : p.getRules()) {
                String id = RuleBase.ruleId(r.getName());
                if (builtInNames.contains(r.getName()) || catalogue.get(id).isPresent()) {
                    throw new ConfigException(ruleFile(files) + ": rule '" + r.getName()
                            + "' takes the id of a built-in rule (" + id + "); give it an id of its own");
                }
                ids.add(id);
            }
        }
        InternalKnowledgeBase combined = KnowledgeBaseFactory.newKnowledgeBase(
                KieServices.get().newKieBaseConfiguration(null, loader));
        combined.addPackages((Collection) builtIn.kieBase().getKiePackages());
        combined.addPackages((Collection) kb.getKnowledgePackages());
        Map<String, RuleInfo> described = descriptors(files, ids);
        List<RuleInfo> infos = ids.stream().sorted().map(id -> described.getOrDefault(id, RuleInfo.user(id))).toList();
        return new Combined(new RuleBase(combined), catalogue.with(infos));
    }

    /**
     * The descriptors ({@code rule.json}, as a built-in rule's) beside the rule files: each gives its
     * rule's severity and texts, and must describe a rule that one of the files holds.
     */
    private static Map<String, RuleInfo> descriptors(List<Path> files, Set<String> ids) throws ConfigException {
        Map<String, RuleInfo> described = new HashMap<>();
        for (Path file : files) {
            Path d = file.toAbsolutePath().resolveSibling("rule.json");
            if (!Files.isRegularFile(d)) continue;
            RuleInfo info;
            try {
                info = RuleCatalogue.read(d).asUsers();
            } catch (IOException | RuntimeException e) {
                String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
                throw new ConfigException(Checker.display(file.resolveSibling("rule.json")) + ": not a rule descriptor: " + why);
            }
            if (!ids.contains(info.id())) {
                throw new ConfigException(Checker.display(file.resolveSibling("rule.json")) + ": describes rule '" + info.id()
                        + "', which " + ruleFile(files) + " does not hold");
            }
            described.put(info.id(), info);
        }
        return described;
    }

    /** One line: file, line and Drools' message with its caret lines and line breaks folded away. */
    static String describe(String file, KnowledgeBuilderError e) {
        int line = 0;
        for (int l : e.getLines()) {
            if (l > 0) {
                line = l;
                break;
            }
        }
        String message = e.getMessage() == null ? "does not compile" : e.getMessage().lines().map(String::strip)
                .filter(s -> !s.isEmpty() && !s.matches("\\^+")).collect(Collectors.joining(" "));
        return file + (line > 0 ? ":" + line : "") + ": rule file does not compile: " + message;
    }

    private static String ruleFile(List<Path> files) {
        return files.size() == 1 ? Checker.display(files.get(0)) : "rule files " + files.stream().map(Checker::display).toList();
    }
}
