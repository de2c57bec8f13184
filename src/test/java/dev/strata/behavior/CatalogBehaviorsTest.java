package dev.strata.behavior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.catalog.Catalog;
import dev.strata.catalog.Documentation;
import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgClass;
import dev.strata.catalog.PgConstraint;
import dev.strata.catalog.PgType;
import dev.strata.catalog.Privileges;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Catalog entities resolved: which table is a relation's parent, what reaches a column, and the report of everything. */
class CatalogBehaviorsTest {

    private static final PgConstraint AUTHOR_FK = new PgConstraint("post_author_id_fkey", 'f', List.of("author_id"),
            1, List.of("id"), Documentation.parse("@behavior +manyRelation:resource:list"));
    private static final PgClass PERSON = table(1, "person", "@behavior -single\n@simpleCollections both", "id",
            List.of(new PgConstraint("person_pkey", 'p', List.of("id"), 0, List.of(), Documentation.NONE)));
    private static final PgClass POST = table(2, "post", "@behavior -connection +updat", "author_id",
            List.of(AUTHOR_FK));
    private static final PgType MOOD = new PgType(9, "app", "mood", 'e', 'E', 0, 0, 0, List.of("happy"),
            Documentation.parse("@behavior -select"));

    private static final PgType INT4 = new PgType(23, "pg_catalog", "int4", 'b', 'N', 0, 0, 0, List.of(),
            Documentation.NONE);

    private final CatalogBehaviors behaviors = new CatalogBehaviors("", new BehaviorWarnings(), catalog(), true);

    @Test
    void forwardRelationReadsTheReferencedTablesTags() {
        assertFalse(behaviors.relation(POST, AUTHOR_FK, PERSON, KnownBehavior.SINGULAR_RELATION_RESOURCE_SINGLE),
                "person's -single reaches Post.personByAuthorId");
        assertTrue(behaviors.relation(POST, AUTHOR_FK, POST, KnownBehavior.SINGULAR_RELATION_RESOURCE_SINGLE));
    }

    @Test
    void backwardRelationReadsTheReferencingTablesTagsThenItsOwn() {
        assertFalse(behaviors.relation(POST, AUTHOR_FK, POST, KnownBehavior.MANY_RELATION_RESOURCE_CONNECTION),
                "post's -connection");
        assertTrue(behaviors.relation(POST, AUTHOR_FK, POST, KnownBehavior.MANY_RELATION_RESOURCE_LIST), "the key's own +list");
        assertEquals("constraint app.post.post_author_id_fkey: manyRelation:resource:list is allowed by"
                        + " '+manyRelation:resource:list' from constraint app.post.post_author_id_fkey @behavior"
                        + " (overriding '-list' from defaults)",
                behaviors.report(catalog()).entities().get("constraint app.post.post_author_id_fkey")
                        .explain("manyRelation:resource:list"));
    }

    @Test
    void columnReadsItsTypesTagsAsPostGraphile5() {
        PgAttribute mood = new PgAttribute("mood", 2, MOOD.oid(), -1, false, false, false, Documentation.NONE,
                Privileges.ALL);
        assertFalse(behaviors.column(POST, mood, KnownBehavior.ATTRIBUTE_SELECT), "the enum's -select");
        assertTrue(behaviors.column(POST, mood, KnownBehavior.ATTRIBUTE_INSERT));
        assertTrue(behaviors.column(POST, mood, KnownBehavior.CONDITION_ATTRIBUTE_FILTER_BY));
    }

    @Test
    void columnReadsOnlyTheInsertAndUpdateItsTablesTagsGrant() {
        PgClass hidden = table(3, "hidden", "@behavior -select -orderBy -insert +update", "id", List.of());
        PgAttribute id = hidden.attributes().get(0);
        assertTrue(behaviors.column(hidden, id, KnownBehavior.ATTRIBUTE_SELECT));
        assertTrue(behaviors.column(hidden, id, KnownBehavior.ATTRIBUTE_ORDER_BY));
        assertFalse(behaviors.table(hidden, KnownBehavior.RESOURCE_INSERT), "the table's -insert: no create mutation");
        assertTrue(behaviors.column(hidden, id, KnownBehavior.ATTRIBUTE_INSERT), "its row input keeps the column");
        CatalogBehaviors readOnly = new CatalogBehaviors("-update", new BehaviorWarnings(), catalog(), true);
        assertTrue(readOnly.column(hidden, id, KnownBehavior.ATTRIBUTE_UPDATE), "the table's +update over the global");
    }

    @Test
    void tableNoRoleMayReadIsANodeWithoutNodeLookupsAsPostGraphile4() {
        Privileges none = new Privileges(false, false, false, false);
        PgClass vault = new PgClass(4, "app", "vault", 'r', 104, List.of(new PgAttribute("id", 1, 23, -1, true,
                false, false, Documentation.NONE, none)), List.of(new PgConstraint("vault_pkey", 'p', List.of("id"), 0,
                List.of(), Documentation.NONE)), Documentation.NONE, none, Privileges.ALL);
        CatalogBehaviors rbac = new CatalogBehaviors("", new BehaviorWarnings(), catalog(), false);
        assertTrue(rbac.table(vault, KnownBehavior.TYPE_NODE));
        assertTrue(rbac.table(vault, KnownBehavior.RESOURCE_SELECT));
        assertFalse(rbac.table(vault, KnownBehavior.NODE_ID_RESOURCE_SELECT));
        assertFalse(rbac.table(vault, KnownBehavior.QUERY_RESOURCE_CONNECTION));
    }

    @Test
    void reportHasEveryEntityOnceAndEveryWarningOnce() {
        BehaviorReport report = behaviors.report(catalog());
        assertEquals(List.of("column app.person.id", "column app.post.author_id",
                        "constraint app.person.person_pkey", "constraint app.post.post_author_id_fkey",
                        "constraint app.post.post_author_id_fkey (to app.person)",
                        "table app.person", "table app.post", "type app.mood"),
                List.copyOf(report.entities().keySet()));
        assertEquals(List.of("a catalog warning", "behavior '+updat' on table app.post is not a known behavior"),
                report.warnings());
    }

    @Test
    void reportDescribesFragmentsWithSourcesAndExplainsOnRequest() {
        Map<String, Object> described = behaviors.report(catalog()).describe("app.post", "resource:update");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> entities = (Map<String, Map<String, Object>>) described.get("entities");
        assertEquals(List.of("column app.post.author_id", "constraint app.post.post_author_id_fkey",
                "constraint app.post.post_author_id_fkey (to app.person)", "table app.post"),
                List.copyOf(entities.keySet()));
        Map<String, Object> post = entities.get("table app.post");
        assertEquals(true, post.get("allowed"));
        assertEquals(Map.of("fragment", "-connection", "source", "table app.post @behavior"),
                ((List<?>) post.get("fragments")).get(((List<?>) post.get("fragments")).size() - 2));
        assertEquals("table app.post: resource:update is allowed by 'update' from defaults", post.get("explanation"));
    }

    private static Catalog catalog() {
        return new Catalog(List.of(PERSON, POST), List.of(), Map.of(9L, MOOD, 23L, INT4),
                List.of("a catalog warning"));
    }

    private static PgClass table(long oid, String name, String comment, String column,
                                 List<PgConstraint> constraints) {
        return new PgClass(oid, "app", name, 'r', oid + 100, List.of(new PgAttribute(column, 1, 23, -1, true,
                false, false, Documentation.NONE, Privileges.ALL)), constraints, Documentation.parse(comment),
                Privileges.ALL, Privileges.ALL);
    }
}
