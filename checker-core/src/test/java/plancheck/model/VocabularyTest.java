package plancheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one loader of the reader's words: sections longest first, word=value pairs, unknown sections refused. */
class VocabularyTest {
    private final Vocabulary words = Vocabulary.standard();

    @Test
    void wordsAreTriedLongestFirst() {
        assertEquals("提高至", words.endOf("研发投入强度提高至", "verbs"));
        assertEquals("个百分点", words.startOf("个百分点以上", "points"));
        assertEquals("国家高新技术产业开发区", words.words("district-suffixes").get(0));
    }

    @Test
    void inFindsAWordAnywhere() {
        assertEquals("基础", words.in("一、“十三五”发展基础", "base-headings"));
        assertNull(words.in("二、重点任务", "base-headings"));
    }

    @Test
    void pairsSplitAtTheEqualsSign() {
        assertEquals("hebei", words.pairs("plan-ids").get("河北区"));
        assertEquals("2021", words.pairs("five-year-periods").get("十四五"));
        assertEquals("", words.pairs("scopes").get("全社会"));
    }

    @Test
    void everySectionHasWordsAndAnUnknownSectionIsRefused() {
        for (String s : List.of("verbs", "levels", "head-nouns", "skip-columns", "zones", "municipalities")) {
            assertFalse(words.words(s).isEmpty(), s);
        }
        assertThrows(IllegalArgumentException.class, () -> words.words("no-such-section"));
    }
}
