package plancheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** plancheck's version as Maven built it and its project page, for reports that name their tool (SARIF). */
public final class ToolVersion {
    public static final String NAME = "plancheck";
    private static final String RESOURCE = "plancheck/plancheck-version.properties";

    private ToolVersion() {
    }

    public static String get() {
        return property("version");
    }

    /** The project page, where the README documents each rule. */
    public static String home() {
        return property("home");
    }

    private static String property(String key) {
        try (InputStream in = ToolVersion.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty(key, "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
