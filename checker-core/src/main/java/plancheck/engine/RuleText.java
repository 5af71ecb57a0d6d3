package plancheck.engine;

import java.util.Map;

/**
 * A rule's words in one language, from its descriptor: short name, one-line description, the
 * finding's message as a {@link java.text.MessageFormat} pattern ({@code {0}} … filled by the rule),
 * an example that fires it and how to fix it. A rule with variants has one message per variant, the
 * variant being the finding's first argument; a rule without has one message under {@code ""}.
 */
public record RuleText(String name, String description, Map<String, String> messages, String example, String fix) {
    public RuleText {
        messages = Map.copyOf(messages);
    }
}
