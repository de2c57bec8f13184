package dev.strata.behavior;

import static dev.strata.behavior.KnownBehavior.ATTRIBUTE_INSERT;
import static dev.strata.behavior.KnownBehavior.ATTRIBUTE_SELECT;
import static dev.strata.behavior.KnownBehavior.CONDITION_PROC_FILTER_BY;
import static dev.strata.behavior.KnownBehavior.CONSTRAINT_RESOURCE_UPDATE;
import static dev.strata.behavior.KnownBehavior.MANY_RELATION_RESOURCE_CONNECTION;
import static dev.strata.behavior.KnownBehavior.MANY_RELATION_RESOURCE_LIST;
import static dev.strata.behavior.KnownBehavior.NODE_ID_RESOURCE_SELECT;
import static dev.strata.behavior.KnownBehavior.ORDER;
import static dev.strata.behavior.KnownBehavior.PROC_ORDER_BY;
import static dev.strata.behavior.KnownBehavior.QUERY_RESOURCE_CONNECTION;
import static dev.strata.behavior.KnownBehavior.QUERY_RESOURCE_LIST;
import static dev.strata.behavior.KnownBehavior.QUERY_RESOURCE_SINGLE;
import static dev.strata.behavior.KnownBehavior.RESOURCE_CONNECTION;
import static dev.strata.behavior.KnownBehavior.RESOURCE_DELETE;
import static dev.strata.behavior.KnownBehavior.RESOURCE_INSERT;
import static dev.strata.behavior.KnownBehavior.RESOURCE_SELECT;
import static dev.strata.behavior.KnownBehavior.RESOURCE_UPDATE;
import static dev.strata.behavior.KnownBehavior.TABLE_TYPE;
import static dev.strata.behavior.KnownBehavior.TYPE_NODE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class V4SmartTagsTest {

    private final BehaviorWarnings warnings = new BehaviorWarnings();

    private String omit(String value) {
        return V4SmartTags.omit("table app.t", value, warnings);
    }

    private static SmartTags omitTag(String entity, String value) {
        return new SmartTags(entity, null, value, null, false, false);
    }

    private ResolvedBehavior table(SmartTags tags) {
        return BehaviorLayers.builder(EntityKind.TABLE, tags.entity(), warnings).own(tags).build();
    }

    @Test
    void omitCreateUpdateTranslatesToMinusInsertMinusUpdate() {
        assertEquals("-insert -update", omit("create,update"));
        ResolvedBehavior t = table(omitTag("table app.t", "create,update"));
        assertFalse(t.allows(RESOURCE_INSERT));
        assertFalse(t.allows(RESOURCE_UPDATE));
        assertTrue(t.allows(QUERY_RESOURCE_CONNECTION));
    }

    @Test
    void omitEachOptionMapsToPostGraphile5sV4PresetBehaviors() {
        assertEquals("-insert", omit("create"));
        assertEquals("-update", omit("update"));
        assertEquals("-delete", omit("delete"));
        assertEquals("-filter -filterBy", omit("filter"));
        assertEquals("-order -orderBy", omit("order"));
        assertEquals("-query:resource:list -query:resource:connection", omit("all"));
        assertEquals("-singularRelation:resource:list -singularRelation:resource:connection"
                + " -manyRelation:resource:list -manyRelation:resource:connection", omit("many"));
        assertEquals("-queryField -mutationField -typeField", omit("execute"));
        assertEquals("[]", warnings.messages().toString());
    }

    @Test
    void omitReadImpliesCreateUpdateDeleteAllManyAsPostGraphile4Requires() {
        assertEquals(String.join(" ", "-attribute:select -nodeId:resource:select -connection -list -single",
                omit("create"), omit("update"), omit("delete"), omit("all"), omit("many")), omit("read"));
        ResolvedBehavior column = BehaviorLayers.builder(EntityKind.COLUMN, "column app.t.secret", warnings)
                .own(omitTag("column app.t.secret", "read")).build();
        assertFalse(column.allows(ATTRIBUTE_SELECT));
        assertFalse(column.allows(ATTRIBUTE_INSERT));
    }

    @Test
    void omitWithoutValueOmitsEveryOptionButKeepsTheTableTypeANodeAsPostGraphile4() {
        String every = omit("create,read,update,delete,execute,filter,order,all,many");
        assertEquals(every, omit(""));
        assertEquals(every, omit(null));
        assertEquals(every, omit("*"));
        ResolvedBehavior t = table(omitTag("table app.t", ""));
        assertTrue(t.allows(TABLE_TYPE), "functions and forward relations may still return its rows");
        assertTrue(t.allows(TYPE_NODE) && t.allows(RESOURCE_SELECT), "their rows have PostGraphile 4's node id");
        for (KnownBehavior known : List.of(NODE_ID_RESOURCE_SELECT, QUERY_RESOURCE_CONNECTION, QUERY_RESOURCE_LIST,
                RESOURCE_INSERT, RESOURCE_UPDATE, RESOURCE_DELETE, RESOURCE_CONNECTION, ORDER)) {
            assertFalse(t.allows(known), known.scope());
        }
    }

    @Test
    void omitOnATableLeavesItsRowInputForFunctionsTakingItsRows() {
        SmartTags table = omitTag("table app.t", "");
        ResolvedBehavior column = BehaviorLayers.builder(EntityKind.COLUMN, "column app.t.c", warnings)
                .parentGrants(table, ATTRIBUTE_INSERT, KnownBehavior.ATTRIBUTE_UPDATE).build();
        assertFalse(table(table).allows(RESOURCE_INSERT), "no createT");
        assertTrue(column.allows(ATTRIBUTE_INSERT), "TInput keeps the column, for functions taking rows of t");
    }

    @Test
    void omitShorthandLettersExpandLikeTheLongForm() {
        assertEquals(omit("create,update,delete"), omit(":CUD"));
        assertEquals(omit("filter,order,all,many,execute"), omit(":FOAMX"));
        omit(":CZ");
        assertEquals(List.of("@omit option ':Z' on table app.t is not understood and was ignored"),
                warnings.messages());
    }

    @Test
    void omitToleratesSpacesAndRepeatsAndEmptyParts() {
        assertEquals("-insert -update -delete", omit(" create, update ,delete,,create "));
    }

    @Test
    void omitUnknownOptionWarnsOnceAndIsIgnored() {
        assertEquals("-update", omit("update,manyToMany"));
        assertEquals("-update", omit("update,manyToMany"));
        assertEquals(List.of("@omit option 'manyToMany' on table app.t is not understood and was ignored"),
                warnings.messages());
    }

    @Test
    void omitSelectAndInsertAreIgnoredLikePostGraphile4WithAHint() {
        assertEquals("", omit("select,insert"));
        assertEquals(List.of(
                "@omit option 'select' on table app.t is ignored, as PostGraphile 4 ignores it (did you mean 'read'?)",
                "@omit option 'insert' on table app.t is ignored, as PostGraphile 4 ignores it (did you mean 'create'?)"),
                warnings.messages());
    }

    @Test
    void simpleCollectionsOmitOnlyBothTranslate() {
        assertEquals("-list +connection", V4SmartTags.simpleCollections("table app.t", "omit", warnings));
        assertEquals("+list -connection", V4SmartTags.simpleCollections("table app.t", "only", warnings));
        assertEquals("+list +connection", V4SmartTags.simpleCollections("table app.t", "both", warnings));
        assertEquals("[]", warnings.messages().toString());
    }

    @Test
    void simpleCollectionsUnknownValueWarnsAndChangesNothing() {
        SmartTags tags = new SmartTags("table app.t", null, null, "sometimes", false, false);
        assertTrue(table(tags).allows(QUERY_RESOURCE_CONNECTION));
        assertEquals(List.of("@simpleCollections 'sometimes' on table app.t is not understood"
                + " (expected omit, only or both) and was ignored"), warnings.messages());
    }

    @Test
    void simpleCollectionsOnTheTargetTableReachesItsRelations() {
        SmartTags posts = new SmartTags("table forum.post", null, null, "both", false, false);
        ResolvedBehavior fk = BehaviorLayers.builder(EntityKind.FOREIGN_KEY, "constraint forum.post.author_fkey",
                warnings).parent(posts).build();
        assertTrue(fk.allows(MANY_RELATION_RESOURCE_LIST));
        assertTrue(fk.allows(MANY_RELATION_RESOURCE_CONNECTION));
    }

    @Test
    void omitManyOnTheTargetTableRemovesItsBackwardRelations() {
        ResolvedBehavior fk = BehaviorLayers.builder(EntityKind.FOREIGN_KEY, "constraint forum.post.author_fkey",
                warnings).parent(omitTag("table forum.post", "many")).build();
        assertFalse(fk.allows(MANY_RELATION_RESOURCE_CONNECTION));
        assertTrue(fk.allows(KnownBehavior.SINGULAR_RELATION_RESOURCE_SINGLE));
    }

    @Test
    void omitOnATableFlowsToItsColumnsAndConstraints() {
        SmartTags table = omitTag("table app.t", "create,update");
        assertFalse(BehaviorLayers.builder(EntityKind.COLUMN, "column app.t.c", warnings).parent(table).build()
                .allows(ATTRIBUTE_INSERT));
        ResolvedBehavior pkey = BehaviorLayers.builder(EntityKind.UNIQUE_CONSTRAINT, "constraint app.t.t_pkey",
                warnings).parent(table).build();
        assertFalse(pkey.allows(CONSTRAINT_RESOURCE_UPDATE));
        assertTrue(pkey.allows(QUERY_RESOURCE_SINGLE));
    }

    @Test
    void explicitBehaviorTagOverridesTheTranslatedOmit() {
        SmartTags tags = new SmartTags("table app.t", "+update", "update,create", null, false, false);
        ResolvedBehavior t = table(tags);
        assertTrue(t.allows(RESOURCE_UPDATE));
        assertFalse(t.allows(RESOURCE_INSERT));
        assertEquals("table app.t: resource:insert is denied by '-insert' from table app.t @omit"
                + " (overriding 'insert' from defaults)", t.explain("resource:insert"));
    }

    @Test
    void omitOverridesSimpleCollectionsOnTheSameEntity() {
        SmartTags tags = new SmartTags("table app.t", null, "read", "both", false, false);
        assertFalse(table(tags).allows(QUERY_RESOURCE_CONNECTION));
        assertFalse(table(tags).allows(NODE_ID_RESOURCE_SELECT));
    }

    @Test
    void sortableAndFilterableEnableAFunctionsOrderingAndFiltering() {
        ResolvedBehavior plain = BehaviorLayers.builder(EntityKind.FUNCTION, "function forum.person_full_name",
                warnings).build();
        assertFalse(plain.allows(PROC_ORDER_BY));
        assertFalse(plain.allows(CONDITION_PROC_FILTER_BY));
        assertFalse(plain.allows(ORDER));
        SmartTags tags = new SmartTags("function forum.person_full_name", null, null, null, true, true);
        ResolvedBehavior tagged = BehaviorLayers.builder(EntityKind.FUNCTION, tags.entity(), warnings)
                .own(tags).build();
        assertTrue(tagged.allows(PROC_ORDER_BY));
        assertTrue(tagged.allows(CONDITION_PROC_FILTER_BY));
        assertTrue(tagged.allows(ORDER));
        assertTrue(tagged.allows(KnownBehavior.QUERY_FIELD_RESOURCE_CONNECTION_FILTER));
    }

    @Test
    void everyTranslationUsesOnlyKnownBehaviors() {
        for (String option : List.of("create", "read", "update", "delete", "filter", "order", "all", "many",
                "execute", "")) {
            BehaviorParser.parse(new Layer("t", "table app.t", omit(option)), warnings);
        }
        for (String text : List.of(V4SmartTags.SORTABLE, V4SmartTags.FILTERABLE,
                V4SmartTags.simpleCollections("table app.t", "omit", warnings))) {
            BehaviorParser.parse(new Layer("t", "table app.t", text), warnings);
        }
        assertEquals("[]", warnings.messages().toString());
    }
}
