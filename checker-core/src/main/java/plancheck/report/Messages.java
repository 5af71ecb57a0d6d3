package plancheck.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import plancheck.engine.Finding;
import plancheck.engine.RuleCatalogue;
import plancheck.engine.RuleText;
import plancheck.model.IndicatorCatalogue;
import plancheck.read.Unclassified;

/**
 * Report texts in Chinese (default) or English, from the {@code plancheck/messages} bundles the rules
 * module ships, and rule texts from the rules' descriptors in the rule catalogue. A rule with variants
 * keeps one message per variant; its first argument names the variant.
 */
public final class Messages {
    public static final String BUNDLE = "plancheck.messages";
    private final ResourceBundle bundle;
    private final Locale locale;
    /** Where rule texts come from; null: the standard catalogue, loaded when a rule text is first asked for. */
    private final RuleCatalogue catalogue;

    public Messages(Locale locale) {
        this(locale, null);
    }

    private Messages(Locale locale, RuleCatalogue catalogue) {
        this.locale = isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT;
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.catalogue = catalogue;
    }

    /** These messages with the rule texts of {@code rules} (a check's catalogue, user rules included). */
    public Messages with(RuleCatalogue rules) {
        return rules == catalogue ? this : new Messages(locale, rules);
    }

    /** Messages in {@code lang}: zh (the default, also for null) or en; anything else is refused. */
    public static Messages of(String lang) {
        if (lang == null) return new Messages(Locale.ROOT);
        Locale l = Locale.forLanguageTag(lang.trim());
        if (!l.getLanguage().equals("zh") && !l.getLanguage().equals("en")) {
            throw new IllegalArgumentException("unknown language '" + lang + "' (zh or en)");
        }
        return new Messages(l);
    }

    private static boolean isEnglish(Locale l) {
        return l != null && l.getLanguage().equals("en");
    }

    public boolean english() {
        return locale.equals(Locale.ENGLISH);
    }

    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(text(key), locale).format(args);
    }

    /** The rule's texts in this language; null for a rule without a descriptor (a user's). */
    public RuleText rule(String ruleId) {
        return (catalogue == null ? RuleCatalogue.standard() : catalogue).get(ruleId).map(r -> r.text(english())).orElse(null);
    }

    /** The finding's message in this language. */
    public String message(Finding f) {
        RuleText t = rule(f.ruleId());
        Map<String, String> messages = t == null ? Map.of() : t.messages();
        // A variant is named by the first argument; "" names the message of a rule without variants.
        String variant = f.args().isEmpty() || f.args().get(0).isEmpty() ? null : messages.get(f.args().get(0));
        if (variant != null) {
            return new MessageFormat(variant, locale).format(f.args().subList(1, f.args().size()).toArray());
        }
        if (messages.containsKey("")) return new MessageFormat(messages.get(""), locale).format(f.args().toArray());
        // A user rule has no template: its arguments are its message.
        return f.args().isEmpty() ? f.ruleId() : String.join(" ", f.args());
    }

    /** Why a document's number was not read, in this language. */
    public String reason(Unclassified u) {
        return format(u.reason().key(), u.details().toArray());
    }

    /**
     * A number not read, as {@code check --verbose} and {@code extract} list it:
     * {@code file:line: unclassified "5个": why}.
     */
    public String line(Unclassified u) {
        return format("unclassified.line", place(u.source()), u.text(), reason(u));
    }

    /**
     * Where a source stands as reports cite it: {@code file:line}, and for a Word, PDF or web page
     * its locator in words ({@code plan.pdf:57（第3页第7行）}); a source without one is as before.
     */
    public String place(plancheck.model.Source s) {
        String where = locator(s.locator());
        return where.isEmpty() ? s.toString() : format("locator.place", s.toString(), where);
    }

    /** A neutral locator ({@code page=3;line=7}) in words of this language; "" for none. */
    public String locator(String locator) {
        if (locator.isEmpty()) return "";
        StringBuilder b = new StringBuilder();
        for (String part : locator.split(";")) {
            int eq = part.indexOf('=');
            if (eq < 0) continue;
            String key = "locator." + part.substring(0, eq);
            if (!bundle.containsKey(key)) continue;
            if (b.length() > 0) b.append(text("locator.separator"));
            b.append(format(key, part.substring(eq + 1)));
        }
        return b.toString();
    }

    /** Whether the bundle has a text for {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The rule's short name in this language; a user rule, which has no descriptor, is named by its id. */
    public String ruleName(String ruleId) {
        RuleText t = rule(ruleId);
        return t == null ? ruleId : t.name();
    }

    /** The rule's one-line description in this language ("" for a user rule). */
    public String description(String ruleId) {
        RuleText t = rule(ruleId);
        return t == null ? "" : t.description();
    }

    /** The indicator's name in this language (its words as written when the catalogue lacks it). */
    public String indicatorName(String key) {
        return IndicatorCatalogue.standard().byKey(key)
                .map(i -> english() ? i.nameEn() : i.nameZh()).orElse(key);
    }
}
