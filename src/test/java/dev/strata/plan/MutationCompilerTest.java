package dev.strata.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.behavior.BehaviorWarnings;
import dev.strata.behavior.CatalogBehaviors;
import dev.strata.boot.EmbeddedForumDatabase;
import dev.strata.catalog.Catalog;
import dev.strata.catalog.Introspector;
import dev.strata.naming.Inflector;
import dev.strata.limits.RequestLimits;
import dev.strata.naming.PostGraphile4Inflector;
import dev.strata.schema.JwtType;
import dev.strata.exec.TestSchemas;
import dev.strata.schema.SchemaBuilder;
import dev.strata.sql.Sql;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLSchema;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How mutation fields of the forum schema compile: one statement when it is provably enough, every value bound. */
class MutationCompilerTest {

    private static EmbeddedForumDatabase database;
    private static SqlCompiler compiler;
    private static final Map<DataFetcher<?>, MutationPlan> FETCHERS = new HashMap<>();
    private static GraphQLSchema schema;

    @BeforeAll
    static void build() throws Exception {
        database = EmbeddedForumDatabase.startFresh();
        try (Connection connection = database.loginRoleDataSource().getConnection()) {
            Catalog catalog = Introspector.introspect(connection, List.of("forum_example"));
            Inflector inflector = new PostGraphile4Inflector();
            SchemaBuilder.GeneratedSchema generated = SchemaBuilder.build(catalog, inflector, new CatalogBehaviors("", new BehaviorWarnings(), catalog, true),
                    new PlanFetchers(plan -> environment -> null, plan -> {
                        DataFetcher<?> fetcher = environment -> plan; // capturing: one instance per plan
                        FETCHERS.put(fetcher, plan);
                        return fetcher;
                    }), JwtType.NONE, List.of());
            schema = TestSchemas.valid(generated.schema());
            compiler = new SqlCompiler(generated.plans(), new SqlValues(catalog, inflector::column, inflector::enumValue),
                    RequestLimits.DEFAULTS.maxSqlLength());
        }
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void payloadOfTheRowsOwnColumnsIsComputedByTheWritingStatement() {
        MutationStatements statements = compile("createPost", Map.of("clientMutationId", "c",
                        "post", Map.of("authorId", 1, "headline", "'; drop table post; --")),
                field("clientMutationId"), field("post", "Post", field("id"), field("nodeId")),
                field("postEdge", "PostsEdge", field("cursor")));
        assertTrue(statements.writeGivesPayload());
        assertTrue(statements.write().text().startsWith("insert into \"forum_example\".\"post\" as m "),
                statements.write().text());
        assertTrue(statements.write().text().contains(" returning ("), statements.write().text());
        assertFalse(statements.write().text().contains("drop table"));
        assertTrue(statements.write().values().contains("'; drop table post; --"));
    }

    @Test
    void payloadReadingTheDatabaseIsReadByASecondStatementFromTheWrittenRow() {
        MutationStatements statements = compile("createPost", Map.of("post", Map.of("authorId", 1, "headline", "h")),
                field("personByAuthorId", "Person", field("id")));
        assertFalse(statements.writeGivesPayload());
        assertTrue(statements.write().text().endsWith(" returning (m)::text"), statements.write().text());
        Sql read = statements.readBack().apply(List.of("(31,1,h,,,,)"));
        assertTrue(read.text().contains("unnest(array[?::\"forum_example\".\"post\"]::\"forum_example\".\"post\"[])"),
                read.text());
        assertEquals(List.of("(31,1,h,,,,)"), read.values());
    }

    @Test
    void computedColumnOfTheWrittenRowNeedsTheSecondStatement() {
        MutationStatements statements = compile("updatePostById",
                Map.of("id", 1, "postPatch", Map.of("headline", "h")), field("post", "Post", field("summary")));
        assertFalse(statements.writeGivesPayload());
        assertTrue(statements.write().text().startsWith("update \"forum_example\".\"post\" as m set \"headline\" = ?"),
                statements.write().text());
        assertTrue(statements.noRowMessage().startsWith("No values were updated in collection 'posts'"));
    }

    @Test
    void scalarResultOfAFunctionIsOneStatement() {
        MutationStatements statements = compile("changePassword",
                Map.of("currentPassword", "a", "newPassword", "b"), field("boolean"), field("query", "Query"));
        assertTrue(statements.writeGivesPayload());
        assertTrue(statements.write().text().contains("\"forum_example\".\"change_password\"(?::"),
                statements.write().text());
        assertEquals(null, statements.noRowMessage());
    }

    @Test
    void emptyPatchOrForeignNodeIdCompilesToNoStatement() {
        assertTrue(compiler.mutation(plan("updatePostById"), root("updatePostById",
                Map.of("id", 1, "postPatch", Map.of()), field("clientMutationId"))).isEmpty());
        assertTrue(compiler.mutation(plan("deletePost"), root("deletePost",
                Map.of("nodeId", OpaqueIds.encode(List.of("people", 1))), field("clientMutationId"))).isEmpty());
    }

    private static MutationStatements compile(String mutation, Map<String, Object> input, Selection... payload) {
        return compiler.mutation(plan(mutation), root(mutation, input, payload)).orElseThrow();
    }

    /** The plan of a mutation field: the one its data fetcher was made from. */
    private static MutationPlan plan(String mutation) {
        return FETCHERS.get(schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates("Mutation", mutation),
                schema.getMutationType().getFieldDefinition(mutation)));
    }

    private static Selection root(String mutation, Map<String, Object> input, Selection... payload) {
        String payloadType = plan(mutation).payloadType();
        List<Selection> children = java.util.Arrays.stream(payload).map(child -> new Selection(child.name(),
                child.resultKey(), child.arguments(), child.children(), Set.of(payloadType))).toList();
        return new Selection(mutation, mutation, Map.of("input", input), children, Set.of("Mutation"));
    }

    /** A payload field (its object type is filled in by {@link #root}), with its children on {@code childType}. */
    private static Selection field(String name, String childType, Selection... children) {
        List<Selection> typed = java.util.Arrays.stream(children).map(child -> new Selection(child.name(),
                child.resultKey(), child.arguments(), child.children(), Set.of(childType))).toList();
        return new Selection(name, name, Map.of(), typed, Set.of());
    }

    private static Selection field(String name) {
        return new Selection(name, name, Map.of(), List.of(), Set.of());
    }
}
