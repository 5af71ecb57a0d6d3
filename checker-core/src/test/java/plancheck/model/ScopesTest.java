package plancheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ScopesTest {
    @Test
    void aLabelOpensWithTheScopeItSpeaksOf() {
        assertEquals("全市", Scopes.prefixOf("全市有效发明专利"));
        assertEquals("全州", Scopes.prefixOf("全州R&D经费投入"));
        assertEquals("全社会", Scopes.prefixOf("全社会研发投入强度"));
        assertEquals(Level.CITY, Scopes.levelOf("全州"));
        assertEquals(Level.COUNTY, Scopes.levelOf("全旗"));
        assertNull(Scopes.levelOf("全社会"));
    }

    @Test
    void aRegionsNameIsNoScopeWord() {
        assertEquals("", Scopes.prefixOf("全州县高新技术企业"));
        assertEquals("", Scopes.prefixOf("新区县"));
        assertEquals("", Scopes.prefixOf("高新技术企业"));
        assertEquals("", Scopes.prefixOf(null));
    }
}
