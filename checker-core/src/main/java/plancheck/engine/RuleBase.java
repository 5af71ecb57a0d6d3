package plancheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.SequentialOption;
import org.kie.api.runtime.KieContainer;

/**
 * The compiled rule base. The built-in rules come precompiled (executable model, built by the
 * kie-maven-plugin in the rules module), so loading them parses no DRL. A KieBase is thread-safe
 * and shared; every check gets its own session.
 */
public final class RuleBase {
    public static final String KBASE = "plancheck";
    private static volatile RuleBase builtIn;

    private final KieBase kieBase;
    /** Whether this is exactly the built-in rules, whose joins the engine may partition along. */
    private final boolean builtInOnly;
    /** Whether the knowledge base is in sequential mode, so checked in stateless sessions. */
    private final boolean sequential;

    /** A rule base of any rules (the built-in ones with a user's, say): checked in one stateful session. */
    public RuleBase(KieBase kieBase) {
        this(kieBase, false, false);
    }

    private RuleBase(KieBase kieBase, boolean builtInOnly, boolean sequential) {
        this.kieBase = kieBase;
        this.builtInOnly = builtInOnly;
        this.sequential = sequential;
    }

    /**
     * True for the built-in rules (unless {@code -Dplancheck.sequential=false}): they only read facts and
     * report, never insert, modify or retract, so Drools' sequential mode may evaluate each rule once
     * over a stateless session and keep no tuple memory for later changes. At 1 M figures that is
     * ~20 % less CPU and ~300 MB less allocation, with the same findings ({@code EngineEquivalenceTest}).
     * A user's rule may change facts, so a rule base with user rules is never sequential.
     */
    public boolean sequential() {
        return sequential;
    }

    /** {@code -Dplancheck.sequential=false} turns sequential mode off (for comparison and measuring). */
    static boolean sequentialByDefault() {
        return !"false".equals(System.getProperty("plancheck.sequential"));
    }

    private static KieBaseConfiguration configuration(boolean sequential) {
        KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration(null, RuleBase.class.getClassLoader());
        conf.setOption(sequential ? SequentialOption.YES : SequentialOption.NO);
        return conf;
    }

    /**
     * True only for the built-in rules: {@link RuleEngine} splits the facts into sessions along the
     * joins those rules make, which rules of unknown shape could cross.
     */
    public boolean builtInOnly() {
        return builtInOnly;
    }

    /** The built-in rules from the class path, loaded once per JVM. */
    public static RuleBase builtIn() {
        RuleBase b = builtIn;
        if (b == null) {
            synchronized (RuleBase.class) {
                b = builtIn;
                if (b == null) {
                    builtIn = b = builtIn(sequentialByDefault());
                }
            }
        }
        return b;
    }

    /** The kjar's list of generated model classes: {@code Drools-Model-Version:...}, then one class a line. */
    static final String MODEL_LIST = "META-INF/kie/io.plancheck/plancheck-rules/drools-model";

    /**
     * The built-in rules through the KIE container, as kmodule.xml describes them. Slower to start than
     * {@link #builtIn()} (it scans the class path and reads the XML) but the same rules; tests compare both.
     */
    public static RuleBase fromContainer() {
        return fromContainer(sequentialByDefault());
    }

    private static RuleBase fromContainer(boolean sequential) {
        KieContainer container = KieServices.get().getKieClasspathContainer(RuleBase.class.getClassLoader());
        return new RuleBase(container.newKieBase(KBASE, configuration(sequential)), true, sequential);
    }

    /** A new rule base of the built-in rules, in sequential mode or not (tests compare both). */
    public static RuleBase builtIn(boolean sequential) {
        List<String> models = modelClasses();
        return models.isEmpty() ? fromContainer(sequential) : fromModels(models, sequential);
    }

    /**
     * Builds the knowledge base straight from the precompiled model classes: no class-path scan, no
     * kmodule.xml parsing, about half a second less at start-up than the container.
     */
    static RuleBase fromModels(List<String> classNames, boolean sequential) {
        List<Model> models = new ArrayList<>();
        try {
            for (String name : classNames) {
                models.add((Model) Class.forName(name, true, RuleBase.class.getClassLoader())
                        .getDeclaredConstructor().newInstance());
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the precompiled rules: " + e, e);
        }
        return new RuleBase(KieBaseBuilder.createKieBaseFromModel(models, configuration(sequential)), true, sequential);
    }

    static List<String> modelClasses() {
        if (Boolean.getBoolean("plancheck.kie-container")) return List.of();
        try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(MODEL_LIST)) {
            if (in == null) return List.of();
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("Drools-Model-Version")) names.add(line);
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** The ids of the rules this rule base holds, sorted. */
    public SortedSet<String> ruleIds() {
        SortedSet<String> ids = new TreeSet<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> ids.add(ruleId(r.getName()))));
        return ids;
    }

    /** The rule id of a DRL rule name: variants of one rule are named {@code id/variant}. */
    public static String ruleId(String ruleName) {
        int slash = ruleName.indexOf('/');
        return slash < 0 ? ruleName : ruleName.substring(0, slash);
    }
}
