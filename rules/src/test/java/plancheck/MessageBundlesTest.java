package plancheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import plancheck.engine.RuleCatalogue;
import plancheck.engine.RuleInfo;
import plancheck.engine.RuleText;
import plancheck.model.Source;
import plancheck.read.Unclassified;
import plancheck.report.Messages;

/** Every message exists in Chinese and in English, and every rule has all its texts in its descriptor. */
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
    void everyRuleHasAllItsTextsInBothLanguagesAndNoneInTheBundles() throws IOException {
        Set<String> keys = new TreeSet<>(load("plancheck/messages.properties").stringPropertyNames());
        keys.addAll(load("plancheck/messages_en.properties").stringPropertyNames());
        for (RuleInfo r : RuleCatalogue.standard().all()) {
            for (RuleText t : new RuleText[] {r.zh(), r.en()}) {
                assertNotNull(t, r.id() + " lacks a language");
                for (String part : new String[] {t.name(), t.description(), t.example(), t.fix()}) {
                    assertFalse(part.isBlank(), r.id() + " has a blank text");
                }
                assertFalse(t.messages().isEmpty(), r.id() + " has no message");
            }
            assertEquals(r.zh().messages().keySet(), r.en().messages().keySet(), r.id() + ": variants differ between zh and en");
            // The same placeholders in both languages: a message never loses or invents an argument.
            r.zh().messages().forEach((variant, zh) -> assertEquals(placeholders(zh),
                    placeholders(r.en().messages().get(variant)), r.id() + " " + variant));
            assertTrue(keys.stream().noneMatch(k -> k.startsWith(r.id() + ".")), r.id() + "'s texts are left in a bundle");
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (m.find()) found.add(m.group(1));
        return found;
    }

    @Test
    void everyUnclassifiedReasonHasItsTextInBothLanguages() throws IOException {
        Properties zh = load("plancheck/messages.properties");
        Properties en = load("plancheck/messages_en.properties");
        Source at = new Source("plan.txt", 7, 3, "");
        for (Unclassified.Reason r : Unclassified.Reason.values()) {
            assertTrue(!zh.getProperty(r.key(), "").isBlank(), r.key() + " in messages.properties");
            assertTrue(!en.getProperty(r.key(), "").isBlank(), r.key() + " in messages_en.properties");
            // Two details are the most a reason has: every placeholder is filled, nothing is left over.
            Unclassified u = new Unclassified("5个", r, java.util.List.of("X", "Y"), at);
            for (String lang : new String[] {"zh", "en"}) {
                String line = Messages.of(lang).line(u);
                assertTrue(line.startsWith("plan.txt:7: ") && line.contains("5个") && !line.contains("{"), line);
            }
        }
        Unclassified cell = new Unclassified("—", Unclassified.Reason.TABLE_CELL, java.util.List.of("全区", "2022"), at);
        assertEquals("plan.txt:7: 未归类“—”：表格单元格不是数字（全区，2022年）", Messages.of("zh").line(cell));
        assertEquals("plan.txt:7: unclassified \"—\": a table cell that is not a number (全区, 2022)",
                Messages.of("en").line(cell));
    }
}
