package plancheck.engine;

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

    public RuleBase(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    /** The built-in rules from the class path, loaded once per JVM. */
    public static RuleBase builtIn() {
        RuleBase b = builtIn;
        if (b == null) {
            synchronized (RuleBase.class) {
                b = builtIn;
                if (b == null) {
                    KieContainer container = KieServices.get().getKieClasspathContainer(RuleBase.class.getClassLoader());
                    builtIn = b = new RuleBase(container.getKieBase(KBASE));
                }
            }
        }
        return b;
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
