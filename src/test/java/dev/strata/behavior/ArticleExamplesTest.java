package dev.strata.behavior;

import static dev.strata.behavior.KnownBehavior.ATTRIBUTE_UPDATE;
import static dev.strata.behavior.KnownBehavior.CONSTRAINT_RESOURCE_UPDATE;
import static dev.strata.behavior.KnownBehavior.MANY_RELATION_RESOURCE_CONNECTION;
import static dev.strata.behavior.KnownBehavior.MANY_RELATION_RESOURCE_LIST;
import static dev.strata.behavior.KnownBehavior.QUERY_RESOURCE_CONNECTION;
import static dev.strata.behavior.KnownBehavior.QUERY_RESOURCE_LIST;
import static dev.strata.behavior.KnownBehavior.QUERY_RESOURCE_SINGLE;
import static dev.strata.behavior.KnownBehavior.RESOURCE_DELETE;
import static dev.strata.behavior.KnownBehavior.RESOURCE_INSERT;
import static dev.strata.behavior.KnownBehavior.RESOURCE_SELECT;
import static dev.strata.behavior.KnownBehavior.RESOURCE_UPDATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The seed article's (and PostGraphile 5 docs') examples, with Strata's real defaults underneath. */
class ArticleExamplesTest {

    private final BehaviorWarnings warnings = new BehaviorWarnings();

    private static final String GLOBAL = "-update";
    private final SmartTags users = SmartTags.of("table app.users", "+update");
    private final SmartTags usernameKey = SmartTags.of("constraint app.users.users_username_key", "-update");
    private final SmartTags accounts = SmartTags.none("table app.accounts");

    private ResolvedBehavior table(SmartTags tags) {
        return BehaviorLayers.builder(EntityKind.TABLE, tags.entity(), warnings).global(GLOBAL).own(tags).build();
    }

    private ResolvedBehavior column(SmartTags table, String name) {
        String entity = "column " + table.entity().substring("table ".length()) + "." + name;
        return BehaviorLayers.builder(EntityKind.COLUMN, entity, warnings)
                .global(GLOBAL).parent(table).own(SmartTags.none(entity)).build();
    }

    private ResolvedBehavior constraint(SmartTags table, SmartTags own) {
        return BehaviorLayers.builder(EntityKind.UNIQUE_CONSTRAINT, own.entity(), warnings)
                .global(GLOBAL).parent(table).own(own).build();
    }

    @Test
    void articleExampleGlobalMinusUpdateTablePlusUpdateConstraintMinusUpdate() {
        assertTrue(table(users).allows(RESOURCE_UPDATE), "the table keeps its update mutations");
        assertFalse(constraint(users, usernameKey).allows(CONSTRAINT_RESOURCE_UPDATE),
                "no Mutation.updateUserByUsername");
        assertTrue(constraint(users, SmartTags.none("constraint app.users.users_pkey"))
                .allows(CONSTRAINT_RESOURCE_UPDATE), "Mutation.updateUserById stays");
        assertTrue(column(users, "username").allows(ATTRIBUTE_UPDATE), "the patch keeps every column");
        assertTrue(column(users, "bio").allows(ATTRIBUTE_UPDATE), "the patch keeps every column");
        assertTrue(constraint(users, usernameKey).allows(QUERY_RESOURCE_SINGLE),
                "-update on the constraint leaves Query.userByUsername alone");
        assertEquals("[]", warnings.messages().toString());
    }

    @Test
    void articleExampleLeavesEveryOtherTableWithoutUpdates() {
        assertFalse(table(accounts).allows(RESOURCE_UPDATE));
        assertFalse(column(accounts, "name").allows(ATTRIBUTE_UPDATE));
        assertFalse(constraint(accounts, SmartTags.none("constraint app.accounts.accounts_pkey"))
                .allows(CONSTRAINT_RESOURCE_UPDATE));
        assertTrue(table(accounts).allows(RESOURCE_INSERT), "global -update touches nothing but updates");
        assertTrue(table(accounts).allows(RESOURCE_DELETE));
    }

    @Test
    void columnStringHasTheTableLayerAfterTheGlobalLayer() {
        ResolvedBehavior username = column(users, "username");
        assertEquals("select insert update orderBy filterBy -update +update", username.toString());
        assertEquals("column app.users.username: attribute:update is allowed by '+update' from table app.users"
                        + " @behavior (overriding '-update' from global; 'update' from defaults)",
                username.explain("attribute:update"));
    }

    @Test
    void articleDiagramMinusCreateUpdateDeleteListConnectionQueryConnection() {
        SmartTags posts = SmartTags.of("table forum.post",
                "-create -update -delete -list +connection -query:resource:connection");
        ResolvedBehavior table = BehaviorLayers.builder(EntityKind.TABLE, posts.entity(), warnings).own(posts).build();
        assertFalse(table.allows(RESOURCE_INSERT), "don't add create");
        assertFalse(table.allows(RESOURCE_UPDATE), "don't add update");
        assertFalse(table.allows(RESOURCE_DELETE), "don't add delete");
        assertFalse(table.allows(QUERY_RESOURCE_LIST), "don't use lists");
        assertFalse(table.allows(QUERY_RESOURCE_CONNECTION), "no connection at the query root");
        assertTrue(table.allows(RESOURCE_SELECT));

        ResolvedBehavior authorFk = BehaviorLayers.builder(EntityKind.FOREIGN_KEY, "constraint forum.post.author_fkey",
                warnings).parent(posts).build();
        assertTrue(authorFk.allows(MANY_RELATION_RESOURCE_CONNECTION), "do use connections elsewhere");
        assertFalse(authorFk.allows(MANY_RELATION_RESOURCE_LIST));
        assertEquals("[]", warnings.messages().toString());
    }

    @Test
    void docsForumsExampleMinusCreateUpdateDeleteMakesTheTableReadOnly() {
        ResolvedBehavior forums = BehaviorLayers.builder(EntityKind.TABLE, "table app.forums", warnings)
                .own("-create -update -delete").build();
        assertFalse(forums.allows(RESOURCE_INSERT));
        assertFalse(forums.allows(RESOURCE_UPDATE));
        assertFalse(forums.allows(RESOURCE_DELETE));
        assertTrue(forums.allows(QUERY_RESOURCE_CONNECTION));
    }

    @Test
    void globalDefaultCanBeOverriddenByEachEntity() {
        ResolvedBehavior lists = BehaviorLayers.builder(EntityKind.TABLE, "table app.t", warnings)
                .global("-connection +list").build();
        assertTrue(lists.allows(QUERY_RESOURCE_LIST));
        assertFalse(lists.allows(QUERY_RESOURCE_CONNECTION));
        ResolvedBehavior overridden = BehaviorLayers.builder(EntityKind.TABLE, "table app.t", warnings)
                .global("-connection +list").own("+connection -list").build();
        assertTrue(overridden.allows(QUERY_RESOURCE_CONNECTION));
        assertFalse(overridden.allows(QUERY_RESOURCE_LIST));
    }
}
