package dev.strata.behavior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeMatchingTest {

    private static Fragment fragment(String text) {
        List<Fragment> parsed = BehaviorParser.parse(new Layer("test", "test", text), new BehaviorWarnings());
        assertEquals(1, parsed.size(), "one fragment in '" + text + "'");
        return parsed.get(0);
    }

    @Test
    void fragmentWithoutSignIsPositive() {
        assertTrue(fragment("update").positive());
        assertTrue(fragment("+update").positive());
        assertFalse(fragment("-update").positive());
        assertEquals("update", fragment("-update").scope());
        assertEquals("-update", fragment("-update").text());
    }

    @Test
    void scopeMatchesWantedScopeTail() {
        Fragment update = fragment("update");
        assertTrue(update.matches("update"));
        assertTrue(update.matches("resource:update"));
        assertTrue(update.matches("constraint:resource:update"));
        assertTrue(fragment("resource:update").matches("constraint:resource:update"));
    }

    @Test
    void longerScopeMatchesOnlyWantedScopesEndingWithAllOfIt() {
        Fragment constraintUpdate = fragment("constraint:resource:update");
        assertTrue(constraintUpdate.matches("constraint:resource:update"));
        assertFalse(constraintUpdate.matches("resource:update"));
        assertFalse(constraintUpdate.matches("update"));
        assertFalse(fragment("resource:update").matches("attribute:update"));
    }

    @Test
    void wordsMatchWholeNotByPrefixOrSuffix() {
        assertFalse(fragment("date").matches("resource:update"));
        assertFalse(fragment("list").matches("resource:listing"));
        assertFalse(fragment("node").matches("delete:resource:nodeId"));
    }

    @Test
    void starMatchesExactlyOneWord() {
        Fragment starUpdate = fragment("*:update");
        assertTrue(starUpdate.matches("resource:update"));
        assertTrue(starUpdate.matches("constraint:resource:update"));
        assertTrue(starUpdate.matches("attribute:update"));
        assertFalse(starUpdate.matches("update"), "* never stands for zero words");
        assertFalse(fragment("*:*:update").matches("resource:update"));
        assertTrue(fragment("*:*:update").matches("constraint:resource:update"));
    }

    @Test
    void starInTheMiddleStandsForOneWord() {
        Fragment queryStarFilter = fragment("query:*:filter");
        assertTrue(queryStarFilter.matches("query:resource:filter"));
        assertTrue(queryStarFilter.matches("list:query:resource:filter"));
        assertFalse(queryStarFilter.matches("queryField:resource:filter"));
        assertFalse(queryStarFilter.matches("query:resource:connection:filter"));
    }

    @Test
    void loneStarMatchesEveryBehavior() {
        Fragment star = fragment("-*");
        assertTrue(star.matches("select"));
        assertTrue(star.matches("constraint:resource:update"));
    }

    @Test
    void createIsReadAsInsert() {
        Fragment create = fragment("-create");
        assertEquals("insert", create.scope());
        assertEquals("-create", create.text());
        assertTrue(create.matches("resource:insert"));
        assertTrue(create.matches("attribute:insert"));
        assertTrue(fragment("resource:create").matches("resource:insert"));
    }

    @Test
    void wantedBehaviorMustBeAConcreteScope() {
        Fragment update = fragment("update");
        for (String bad : new String[] {"", "*:update", "+update", "-update", "a::b", "resource:", "Update", " update"}) {
            assertThrows(IllegalArgumentException.class, () -> update.matches(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> update.matches(null));
    }
}
