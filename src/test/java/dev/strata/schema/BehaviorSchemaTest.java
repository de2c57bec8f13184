package dev.strata.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.behavior.BehaviorReport;
import dev.strata.exec.GraphQLRequest;
import dev.strata.exec.RequestExecutor;
import dev.strata.exec.TestSchemas;
import graphql.ExecutionResult;
import dev.strata.it.TestDatabase;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaPrinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schemas of {@code ddl/test/behaviors.sql}, shaped by smart tags, behavior strings and the global default.
 * {@code behaviors} is compared with the SDL Strata is expected to print for it
 * ({@code src/test/resources/schema/behaviors.graphql}, descriptions left out); on a difference the SDL Strata
 * printed is written to {@code target/behaviors.actual.graphql}. {@code behaviors_article} pins the seed article's
 * example and a read-only API.
 */
class BehaviorSchemaTest {

    private static final Path EXPECTED = Path.of("src/test/resources/schema/behaviors.graphql");
    private static final Path ACTUAL = Path.of("target/behaviors.actual.graphql");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static DataSource login;

    @BeforeAll
    static void load() throws Exception {
        TestDatabase.runScript(TestDatabase.forum().superuserDataSource(), "ddl/test/behaviors.sql");
        login = TestDatabase.forum().loginRoleDataSource();
    }

    @Test
    void everyTagAndBehaviorShapesTheSchemaAsExpected() throws Exception {
        String actual = sdl(service("behaviors", "").schema().schema());
        if (!actual.equals(Files.readString(EXPECTED))) {
            Files.writeString(ACTUAL, actual);
        }
        assertEquals(Files.readString(EXPECTED), actual, "see " + ACTUAL);
    }

    @Test
    void articleExampleKeepsUpdatesOfTheReEnabledTableExceptByTheDisabledConstraint() {
        GraphQLSchema schema = service("behaviors_article", "-update").schema().schema();
        assertEquals(Set.of("createAccount", "createGuestbook", "createUser",
                        "deleteAccount", "deleteAccountById", "deleteGuestbook", "deleteGuestbookById",
                        "deleteUser", "deleteUserById", "deleteUserByUsername",
                        "updateUser", "updateUserById"),
                fields(schema, "Mutation"), "no updateUserByUsername, and no update of any other table");
        assertEquals(Set.of("id", "username", "bio"), inputFields(schema, "UserPatch"), "the patch keeps every column");
        assertTrue(fields(schema, "Query").contains("userByUsername"), "-update leaves the lookup alone");
        assertEquals(null, schema.getType("AccountPatch"));
    }

    @Test
    void readOnlyGlobalDefaultIsReEnabledPerEntity() {
        GraphQLSchema schema = service("behaviors_article", "-insert -update -delete").schema().schema();
        assertEquals(Set.of("createGuestbook", "updateUser", "updateUserById"), fields(schema, "Mutation"));
        assertEquals(Set.of("message"), inputFields(schema, "GuestbookInput").stream()
                .filter(field -> !field.equals("id")).collect(Collectors.toSet()));
    }

    @Test
    void readOnlyGlobalDefaultWithoutTagsHasNoMutationType() throws Exception {
        try (Connection connection = TestDatabase.forum().superuserDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create schema if not exists behaviors_plain;"
                    + "create table if not exists behaviors_plain.note (id serial primary key, body text);"
                    + "grant usage on schema behaviors_plain to forum_example_postgraphile;"
                    + "grant all on all tables in schema behaviors_plain to forum_example_postgraphile;");
        }
        GraphQLSchema schema = service("behaviors_plain", "-insert -update -delete").schema().schema();
        assertEquals(null, schema.getMutationType());
        assertTrue(fields(schema, "Query").containsAll(List.of("allNotes", "noteById", "note")));
    }

    @Test
    void malformedTagsWarnOnceNamingTheEntityAndTheSchemaStillBuilds() {
        RequestExecutor service = service("behaviors", "");
        BehaviorReport report = service.schema().behaviors();
        List<String> warnings = report.warnings();
        assertEquals(Set.of(
                "@foreignKey '(nope) references nowhere (id)' on view behaviors.broken is ignored: no column 'nope'"
                        + " in behaviors.broken",
                "@primaryKey 'missing_column' on view behaviors.broken is ignored: no column 'missing_column' in"
                        + " behaviors.broken",
                "behavior '+updat' on table behaviors.broken is not a known behavior",
                "behavior fragment '++x' on table behaviors.broken is malformed and was ignored",
                "@omit option 'frobnicate' on table behaviors.broken is not understood and was ignored"),
                Set.copyOf(warnings));
        assertEquals(Set.copyOf(warnings).size(), warnings.size(), "each warning once");
        assertTrue(fields(service.schema().schema(), "Query").contains("allBrokensList"),
                "the view keeps its other behaviors: -connection and the default list");
    }

    @Test
    void reportExplainsEveryEntityWithTheSourceOfEachFragment() {
        BehaviorReport report = service("behaviors_article", "-update").schema().behaviors();
        assertEquals("column behaviors_article.users.bio: attribute:update is allowed by '+update' from table"
                        + " behaviors_article.users @behavior (overriding '-update' from global; 'update' from defaults)",
                report.entities().get("column behaviors_article.users.bio").explain("attribute:update"));
        assertFalse(report.entities().get("constraint behaviors_article.users.users_username_key")
                .allows("constraint:resource:update"));
        assertTrue(report.entities().keySet().containsAll(List.of("table behaviors_article.accounts",
                "column behaviors_article.accounts.name", "constraint behaviors_article.accounts.accounts_pkey")));
    }

    @Test
    void shapedFieldsAnswerQueries() throws Exception {
        RequestExecutor service = service("behaviors", "");
        assertEquals("{\"allArticlesList\":[{\"id\":1,\"headline\":\"Hello world\",\"writer\":{\"name\":\"Ada\"},"
                        + "\"articleStatByArticleId\":{\"slug\":\"hello\",\"length\":13}},{\"id\":2,\"headline\":"
                        + "\"Second thoughts\",\"writer\":{\"name\":\"Ada\"},\"articleStatByArticleId\":{\"slug\":"
                        + "\"second\",\"length\":4}}],"
                        + "\"articleStatBySlug\":{\"articleId\":1,\"statAuthor\":{\"name\":\"Ada\"},"
                        + "\"articleByArticleId\":{\"headline\":\"Hello world\"}},"
                        + "\"searchArticlesList\":[{\"headline\":\"Hello world\"},{\"headline\":\"Second thoughts\"}],"
                        + "\"authorById\":{\"monogram\":\"A\",\"articleCount\":2,\"articles\":[{\"id\":2},{\"id\":1}],"
                        + "\"articlesByEditorIdList\":[{\"id\":3}],\"recentArticlesList\":[{\"id\":2}],"
                        + "\"recentArticles\":{\"totalCount\":2},\"stats\":{\"nodes\":[{\"slug\":\"hello\"},"
                        + "{\"slug\":\"second\"}]}},"
                        + "\"tagLabelsList\":[\"intro\",\"greeting\",\"misc\"],"
                        + "\"allTags\":{\"nodes\":[{\"label\":\"intro\"},{\"label\":\"greeting\"},{\"label\":\"misc\"}]}}",
                data(service, """
                        { allArticlesList(first: 2, orderBy: [ID_ASC]) {
                            id headline writer { name } articleStatByArticleId { slug length } }
                          articleStatBySlug(slug: "hello") {
                            articleId statAuthor { name } articleByArticleId { headline } }
                          searchArticlesList(q: "o", condition: {authorId: 1}) { headline }
                          authorById(id: 1) {
                            monogram articleCount articles(orderBy: [ID_DESC]) { id }
                            articlesByEditorIdList { id } recentArticlesList(first: 1) { id }
                            recentArticles { totalCount } stats { nodes { slug } } }
                          tagLabelsList
                          allTags { nodes { label } } }"""));
    }

    @Test
    void viewWithVirtualPrimaryKeyHasNodeIds() throws Exception {
        RequestExecutor service = service("behaviors", "");
        String nodeId = JSON.readTree(data(service, "{ articleStatByArticleId(articleId: 2) { nodeId } }"))
                .at("/articleStatByArticleId/nodeId").asText();
        assertEquals("{\"articleStat\":{\"slug\":\"second\"},\"node\":{\"articleId\":2}}", data(service,
                "{ articleStat(nodeId: \"" + nodeId + "\") { slug } node(nodeId: \"" + nodeId
                        + "\") { ... on ArticleStat { articleId } } }"));
    }

    @Test
    void stableFunctionWithMutationFieldBehaviorIsAMutation() throws Exception {
        assertEquals("{\"luckyNumber\":{\"integer\":7}}",
                data(service("behaviors", ""), "mutation { luckyNumber(input: {}) { integer } }"));
    }

    private static String data(RequestExecutor service, String query) throws Exception {
        ExecutionResult result = service.execute(new GraphQLRequest(query, null, null), Map.of());
        assertEquals(List.of(), result.getErrors());
        return JSON.writeValueAsString(result.getData());
    }

    private static RequestExecutor service(String schema, String global) {
        return TestSchemas.serve(login, List.of(schema), global);
    }

    /** The SDL without descriptions (they are Strata's prose, not the shape), sorted, with deprecations. */
    static String sdl(GraphQLSchema schema) {
        String printed = new SchemaPrinter(SchemaPrinter.Options.defaultOptions().descriptionsAsHashComments(true)
                .includeDirectives(name -> name.equals("deprecated")).includeDirectiveDefinitions(false))
                .print(schema);
        return printed.lines().filter(line -> !line.stripLeading().startsWith("#"))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static Set<String> fields(GraphQLSchema schema, String type) {
        return schema.getObjectType(type).getFieldDefinitions().stream().map(GraphQLFieldDefinition::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> inputFields(GraphQLSchema schema, String type) {
        return ((GraphQLInputObjectType) schema.getType(type)).getFieldDefinitions().stream()
                .map(GraphQLInputObjectField::getName).collect(Collectors.toSet());
    }
}
