package plancheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every message exists in Chinese and in English, and every rule has all its texts. */
class MessageBundlesTest {
    private static Properties load(String name) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void everyKeyHasBothLanguages() throws IOException {
        Set<String> zh = new TreeSet<>(load("plancheck/messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("plancheck/messages_en.properties").stringPropertyNames());
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        assertTrue(onlyZh.isEmpty(), "keys without English in messages_en.properties: " + onlyZh);
        assertTrue(onlyEn.isEmpty(), "keys without Chinese in messages.properties: " + onlyEn);
    }

    @Test
    void everyRuleHasItsTexts() throws IOException {
        Properties zh = load("plancheck/messages.properties");
        JsonNode rules;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("plancheck/rule-catalogue.json")) {
            rules = new ObjectMapper().readTree(in).get("rules");
        }
        for (JsonNode r : rules) {
            String id = r.get("id").asText();
            for (String part : new String[] {"name", "description", "example", "fix"}) {
                assertTrue(!zh.getProperty(id + "." + part, "").isBlank(), id + "." + part);
            }
            boolean message = zh.stringPropertyNames().stream().anyMatch(k -> k.equals(id + ".message")
                    || k.startsWith(id + ".message."));
            assertTrue(message, id + ".message");
        }
    }
}
