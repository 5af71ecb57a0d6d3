package plancheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
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

    /** A rule base of any rules (the built-in ones with a user's, say): checked in one session. */
    public RuleBase(KieBase kieBase) {
        this(kieBase, false);
    }

    private RuleBase(KieBase kieBase, boolean builtInOnly) {
        this.kieBase = kieBase;
        this.builtInOnly = builtInOnly;
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
                    List<String> models = modelClasses();
                    builtIn = b = models.isEmpty() ? fromContainer() : fromModels(models);
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
        KieContainer container = KieServices.get().getKieClasspathContainer(RuleBase.class.getClassLoader());
        return new RuleBase(container.getKieBase(KBASE), true);
    }

    /**
     * Builds the knowledge base straight from the precompiled model classes: no class-path scan, no
     * kmodule.xml parsing, about half a second less at start-up than the container.
     */
    static RuleBase fromModels(List<String> classNames) {
        List<Model> models = new ArrayList<>();
        try {
            for (String name : classNames) {
                models.add((Model) Class.forName(name, true, RuleBase.class.getClassLoader())
                        .getDeclaredConstructor().newInstance());
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the precompiled rules: " + e, e);
        }
        return new RuleBase(KieBaseBuilder.createKieBaseFromModel(models), true);
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

    /** The rule id of a DRL rule name: variants of one rule are named {@code id/variant}. */
    public static String ruleId(String ruleName) {
        int slash = ruleName.indexOf('/');
        return slash < 0 ? ruleName : ruleName.substring(0, slash);
    }
}
