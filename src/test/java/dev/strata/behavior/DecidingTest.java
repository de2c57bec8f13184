package dev.strata.behavior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecidingTest {

    private static ResolvedBehavior only(String text) {
        return BehaviorLayers.builder(EntityKind.TABLE, "table app.t", new BehaviorWarnings())
                .defaults("").own(text).build();
    }

    @Test
    void rightmostMatchingFragmentWins() {
        assertFalse(only("+list -list").allows("resource:list"));
        assertTrue(only("-list +list").allows("resource:list"));
        assertFalse(only("update -resource:update").allows("resource:update"));
        assertTrue(only("-resource:update update").allows("resource:update"));
    }

    @Test
    void moreSpecificFragmentDoesNotWinByBeingSpecific() {
        assertTrue(only("-constraint:resource:update +update").allows("constraint:resource:update"));
        assertFalse(only("+update -constraint:resource:update").allows("constraint:resource:update"));
        assertTrue(only("+update -constraint:resource:update").allows("resource:update"));
    }

    @Test
    void noMatchingFragmentMeansNo() {
        assertFalse(only("").allows("resource:select"));
        assertFalse(only("+list +connection").allows("resource:update"));
        assertTrue(only("").decidingFragment("resource:select").isEmpty());
    }

    @Test
    void postGraphileDocsExamplesDecideAsDocumented() {
        ResolvedBehavior lists = only("+list -connection -list:filter");
        assertTrue(lists.allows("query:resource:list"));
        assertFalse(lists.allows("query:resource:connection"));
        assertFalse(lists.allows("query:resource:list:filter"));
        assertTrue(lists.allows("query:resource:list"));

        ResolvedBehavior readOnly = only("-insert -update -delete query:*:filter +connection -list");
        assertFalse(readOnly.allows("resource:insert"));
        assertFalse(readOnly.allows("constraint:resource:update"));
        assertFalse(readOnly.allows("resource:delete"));
        assertTrue(readOnly.allows("query:resource:filter"));
        assertTrue(readOnly.allows("query:resource:connection"));
        assertFalse(readOnly.allows("query:resource:list"));
    }

    @Test
    void listConnectionBothOrNeitherReplaceSimpleCollections() {
        assertEquals(List.of(true, false), collections("+list -connection"));
        assertEquals(List.of(false, true), collections("-list +connection"));
        assertEquals(List.of(true, true), collections("+list +connection"));
        assertEquals(List.of(false, false), collections("-list -connection"));
    }

    private static List<Boolean> collections(String text) {
        ResolvedBehavior b = only(text);
        return List.of(b.allows(KnownBehavior.QUERY_RESOURCE_LIST), b.allows(KnownBehavior.QUERY_RESOURCE_CONNECTION));
    }

    @Test
    void fragmentsKeepTheirSourceInOrder() {
        ResolvedBehavior b = BehaviorLayers.builder(EntityKind.TABLE, "table app.t", new BehaviorWarnings())
                .defaults("select").global("-update").own("+update").inferred("-delete").build();
        assertEquals(List.of("select", "-update", "-delete", "+update"),
                b.fragments().stream().map(Fragment::text).toList());
        assertEquals(List.of("defaults", "global", "inferred", "table app.t @behavior"),
                b.fragments().stream().map(Fragment::source).toList());
        assertEquals("select -update -delete +update", b.toString());
        assertEquals("table app.t", b.entity());
    }

    @Test
    void explainNamesTheDecidingFragmentItsSourceAndWhatItOverrode() {
        ResolvedBehavior b = BehaviorLayers.builder(EntityKind.TABLE, "table app.t", new BehaviorWarnings())
                .defaults("update").global("-update").own("+update").build();
        assertEquals("table app.t: resource:update is allowed by '+update' from table app.t @behavior"
                        + " (overriding '-update' from global; 'update' from defaults)",
                b.explain("resource:update"));
        assertEquals("table app.t: resource:delete is denied: no fragment matches", b.explain("resource:delete"));
        assertEquals("table app.t: resource:update is denied by '-update' from global",
                BehaviorLayers.builder(EntityKind.TABLE, "table app.t", new BehaviorWarnings())
                        .defaults("").global("-update").build().explain("resource:update"));
    }

    @Test
    void allowsAcceptsKnownBehaviorsAndRejectsMalformedQuestions() {
        assertTrue(only("+update").allows(KnownBehavior.CONSTRAINT_RESOURCE_UPDATE));
        assertThrows(IllegalArgumentException.class, () -> only("").allows("*:update"));
        assertThrows(IllegalArgumentException.class, () -> only("").explain("a::b"));
    }
}
