package dev.strata.behavior;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * PostGraphile 5's precedence with several tags and a global default: defaults, then the global default, then
 * the inherited tags (a table's reach its constraints and relations; a column reads its type's tags and only the
 * insert/update of its table's), then the entity's own tags in the order
 * written ({@code @omit} and the other V4 tags before {@code @behavior}, several {@code @behavior} lines joined);
 * the rightmost matching fragment decides.
 */
class PrecedenceTest {

    private final BehaviorWarnings warnings = new BehaviorWarnings();

    private BehaviorLayers.Builder table() {
        return BehaviorLayers.builder(EntityKind.TABLE, "table app.person", warnings);
    }

    private BehaviorLayers.Builder primaryKey() {
        return BehaviorLayers.builder(EntityKind.UNIQUE_CONSTRAINT, "constraint app.person.person_pkey", warnings);
    }

    @Test
    void rightmostInsertAcrossTwoBehaviorLinesDecides() {
        // two @behavior lines are joined with a space, in the order written
        SmartTags twoLines = SmartTags.of("table app.person", "-insert +insert -insert");
        assertFalse(table().global("+insert").own(twoLines).build().allows(KnownBehavior.RESOURCE_INSERT));
        SmartTags reEnabled = SmartTags.of("table app.person", "-insert +insert");
        assertTrue(table().global("-insert").own(reEnabled).build().allows(KnownBehavior.RESOURCE_INSERT));
    }

    @Test
    void behaviorTagOverridesOmitOnTheSameEntity() {
        SmartTags tags = new SmartTags("table app.person", "+create", "create", null, false, false);
        assertTrue(table().own(tags).build().allows(KnownBehavior.RESOURCE_INSERT));
    }

    @Test
    void ownTagsOverrideTheGlobalDefaultWhateverItsOrder() {
        ResolvedBehavior b = table().own("+connection -list").global("-connection +list").build();
        assertTrue(b.allows(KnownBehavior.QUERY_RESOURCE_CONNECTION));
        assertTrue(b.allows(KnownBehavior.RESOURCE_CONNECTION));
        assertFalse(b.allows(KnownBehavior.QUERY_RESOURCE_LIST));
    }

    @Test
    void columnTakesOnlyInsertAndUpdateFromItsTableOverTheGlobalAndItsType() {
        ResolvedBehavior topic = BehaviorLayers.builder(EntityKind.COLUMN, "column app.post.topic", warnings)
                .global("-update -orderBy")
                .parent(SmartTags.of("type app.topic", "-select"))
                .parentGrants(SmartTags.of("table app.post", "+update +select +orderBy -insert"),
                        KnownBehavior.ATTRIBUTE_INSERT, KnownBehavior.ATTRIBUTE_UPDATE)
                .own(SmartTags.of("column app.post.topic", "-insert +insert"))
                .build();
        assertTrue(topic.allows(KnownBehavior.ATTRIBUTE_UPDATE), "the table's +update over the global -update");
        assertFalse(topic.allows(KnownBehavior.ATTRIBUTE_SELECT), "the type's -select; the table's +select stays away");
        assertFalse(topic.allows(KnownBehavior.ATTRIBUTE_ORDER_BY), "the global -orderBy; the table's stays away");
        assertTrue(topic.allows(KnownBehavior.ATTRIBUTE_INSERT), "its own rightmost +insert over the table's -insert");
    }

    @Test
    void globalAllowListKeepsOnlyWhatItNamesUntilATagAddsMore() {
        ResolvedBehavior post = table().global("-* +table +select +connection +single").own("+list").build();
        assertTrue(post.allows(KnownBehavior.TABLE_TYPE));
        assertTrue(post.allows(KnownBehavior.QUERY_RESOURCE_CONNECTION));
        assertTrue(post.allows(KnownBehavior.QUERY_RESOURCE_LIST), "the table's +list");
        assertFalse(post.allows(KnownBehavior.RESOURCE_CONNECTION_BACKWARDS), "the allow-list does not name it");
        assertFalse(post.allows(KnownBehavior.RESOURCE_INSERT));
        assertFalse(post.allows(KnownBehavior.ORDER));
        assertFalse(table().own("-* +select +connection").build().allows(KnownBehavior.TABLE_TYPE),
                "an allow-list without table drops the type");
    }

    @Test
    void globalDefaultDecidesWhatNoTagMentions() {
        ResolvedBehavior b = table().global("-connection +list").own("-insert").build();
        assertFalse(b.allows(KnownBehavior.RESOURCE_CONNECTION));
        assertTrue(b.allows(KnownBehavior.QUERY_RESOURCE_LIST));
        assertTrue(b.allows(KnownBehavior.RESOURCE_UPDATE));
    }

    @Test
    void tableUpdateUnderGlobalNoUpdateKeepsUpdateByNodeIdWhileKeyNoUpdateRemovesItsOwn() {
        SmartTags table = SmartTags.of("table app.person", "+update");
        ResolvedBehavior resource = table().global("-resource:update").own(table).build();
        assertTrue(resource.allows(KnownBehavior.RESOURCE_UPDATE));
        assertTrue(resource.allows(KnownBehavior.NODE_ID_RESOURCE_UPDATE));
        ResolvedBehavior key = primaryKey().global("-resource:update").parent(table).own("-update").build();
        assertFalse(key.allows(KnownBehavior.CONSTRAINT_RESOURCE_UPDATE));
    }

    @Test
    void narrowerFragmentDoesNotReachBroaderBehavior() {
        ResolvedBehavior b = table().own("-query:resource:connection").build();
        assertFalse(b.allows(KnownBehavior.QUERY_RESOURCE_CONNECTION));
        assertTrue(b.allows(KnownBehavior.RESOURCE_CONNECTION), "the payload edge and connection types stay");
    }

    @Test
    void backwardsPagingIsItsOwnBehaviorUnderConnection() {
        assertTrue(table().build().allows(KnownBehavior.RESOURCE_CONNECTION_BACKWARDS));
        assertFalse(table().own("-resource:connection:backwards").build()
                .allows(KnownBehavior.RESOURCE_CONNECTION_BACKWARDS));
        assertFalse(table().own("-* +connection").build().allows(KnownBehavior.RESOURCE_CONNECTION_BACKWARDS),
                "an allow-list that does not name it leaves it out");
        assertTrue(table().own("-* +connection").build().allows(KnownBehavior.QUERY_RESOURCE_CONNECTION));
    }
}
