package dev.strata.limits;

import dev.strata.catalog.CatalogOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.exec.GraphQLRequest;
import dev.strata.exec.OneConnectionDataSource;
import dev.strata.exec.RequestExecutor;
import dev.strata.exec.SchemaSettings;
import dev.strata.exec.TestSchemas;
import dev.strata.it.TestDatabase;
import dev.strata.schema.JwtType;
import graphql.ExecutionResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The request limits through {@link RequestExecutor} against the forum demo: each refusal is an error with its
 * code in {@code extensions} and nothing of the request runs; the statement timeout and {@code jit} reach the
 * request's transaction with its identity.
 */
class RequestLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RequestLimits SMALL = new RequestLimits(4, 2000, 50, 30, 3, 1_000_000, false, "300ms",
            "off");

    private static OneConnectionDataSource pool;
    private static RequestExecutor small;
    private static RequestExecutor unlimitedPages;
    private static RequestExecutor probes;
    private static RequestExecutor shortSql;

    @BeforeAll
    static void start() throws SQLException {
        try (Connection c = TestDatabase.forum().superuserDataSource().getConnection();
             Statement s = c.createStatement()) {
            s.execute("""
                    create schema if not exists limits_test;
                    grant usage on schema limits_test to public;
                    create or replace function limits_test.echo(value text) returns text
                      as $$ select value $$ language sql stable;
                    create or replace function limits_test.transaction_settings() returns text
                      as $$ select current_setting('statement_timeout') || ' ' || current_setting('jit') $$
                      language sql stable;
                    create or replace function limits_test.sleep(seconds float8) returns text
                      as $$ select pg_sleep(seconds)::text || 'awake' $$ language sql stable;
                    grant execute on all functions in schema limits_test to public;
                    """);
        }
        pool = new OneConnectionDataSource(TestDatabase.forum().loginRoleDataSource());
        small = TestSchemas.serve(pool, new SchemaSettings(List.of("forum_example"), "", true, JwtType.NONE, CatalogOptions.DEFAULTS, false, List.of(), SMALL));
        unlimitedPages = TestSchemas.serve(pool, new SchemaSettings(List.of("forum_example"), "", true, JwtType.NONE, CatalogOptions.DEFAULTS, false, List.of(),
                new RequestLimits(16, Long.MAX_VALUE, Integer.MAX_VALUE, 1000, 100, 1_000_000, true, "30s", "off")));
        shortSql = TestSchemas.serve(pool, new SchemaSettings(List.of("forum_example"), "", true, JwtType.NONE,
                CatalogOptions.DEFAULTS, false, List.of(),
                new RequestLimits(16, 5_000_000, 1000, 1000, 100, 700, true, "30s", "off")));
        probes = TestSchemas.serve(pool, new SchemaSettings(List.of("limits_test"), "", true, JwtType.NONE, CatalogOptions.DEFAULTS, false, List.of(), SMALL));
    }

    @AfterAll
    static void stop() throws SQLException {
        pool.close();
    }

    @Test
    void queryDeeperThanTheMaximumIsRefusedWithItsCodeAndLocation() throws Exception {
        JsonNode body = run(small, "{ allPosts(first: 1) { nodes { personByAuthorId { postsByAuthorId(first: 1) "
                + "{ totalCount } } } } }");
        assertRefused(body, "MAX_DEPTH_EXCEEDED");
        assertEquals(1, body.at("/errors/0/locations/0/line").asInt());
        assertTrue(body.at("/errors/0/locations/0/column").asInt() > 1);
        assertRefused(run(small, "{ allPosts(first: 1) { nodes { personByAuthorId { postsByAuthorId(first: 1) "
                + "{ nodes { personByAuthorId { id } } } } } } }"), "MAX_DEPTH_EXCEEDED");
    }

    @Test
    void pageSizeAboveTheMaximumIsRefused() throws Exception {
        assertRefused(run(small, "{ allPosts(first: 51) { nodes { id } } }"), "MAX_PAGE_SIZE_EXCEEDED");
        assertRefused(run(small, "query($n: Int) { allPosts(last: $n) { nodes { id } } }", Map.of("n", 500)),
                "MAX_PAGE_SIZE_EXCEEDED");
    }

    @Test
    void nestedConnectionsWhoseRowsMultiplyBeyondTheCostAreRefused() throws Exception {
        assertRefused(run(small, "{ allPeople(first: 50) { nodes { postsByAuthorId(first: 50) { totalCount } } } }"),
                "MAX_COST_EXCEEDED");
    }

    @Test
    void connectionWithoutPageSizeCountsAsTheMaximumPageSize() throws Exception {
        assertRefused(run(small, "{ allPeople { nodes { postsByAuthorId { totalCount } } } }"), "MAX_COST_EXCEEDED");
        JsonNode cheap = run(small, "{ allPeople(first: 2) { nodes { postsByAuthorId(first: 2) { totalCount } } } }");
        assertTrue(cheap.path("errors").isMissingNode(), cheap::toString);
    }

    @Test
    void moreAliasesThanTheMaximumAreRefused() throws Exception {
        assertRefused(run(small, "{ a: allPosts(first: 1) { totalCount } b: allPosts(first: 1) { totalCount } "
                + "c: allPosts(first: 1) { totalCount } d: allPosts(first: 1) { totalCount } }"), "MAX_ALIASES_EXCEEDED");
    }

    @Test
    void fragmentsExpandingToMoreDistinctFieldsThanTheMaximumAreRefused() throws Exception {
        String document = "{ allPosts(first: 1) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor"
                + " endCursor } edges { cursor node { ...p } } nodes { ...p personByAuthorId { ...q } } } }"
                + " fragment p on Post { id headline body topic createdAt authorId nodeId }"
                + " fragment q on Person { id firstName lastName about createdAt nodeId fullName }";
        assertRefused(run(small, document), "MAX_FIELDS_EXCEEDED");
    }

    @Test
    void fragmentsRepeatingTheSameFieldsCountThemOnceAsTheyExecute() throws Exception {
        String document = "{ allPosts(first: 1) { nodes { ...a } } } fragment a on Post { ...b ...c }"
                + " fragment b on Post { ...d ...e } fragment c on Post { ...d ...e }"
                + " fragment d on Post { ...f ...g } fragment e on Post { ...f ...g }"
                + " fragment f on Post { id headline } fragment g on Post { topic authorId nodeId }";
        JsonNode body = run(small, document);
        assertEquals(1, body.at("/data/allPosts/nodes").size(), body::toString);
    }

    @Test
    void rootFieldCompilingToSqlLongerThanTheMaximumIsRefusedWithItsCodeAndNotSent() throws Exception {
        JsonNode body = run(shortSql, "{ short: postById(id: 1) { id } long: allPeople(first: 1) { nodes { id "
                + "postsByAuthorId(first: 1, orderBy: HEADLINE_DESC) { totalCount pageInfo { hasNextPage } "
                + "nodes { headline personByAuthorId { fullName } } } } } }");
        assertEquals(1, body.at("/data/short/id").asInt(), body::toString);
        assertTrue(body.at("/data/long").isNull(), body::toString);
        assertEquals("MAX_SQL_LENGTH_EXCEEDED", body.at("/errors/0/extensions/code").asText(), body::toString);
        assertEquals("long", body.at("/errors/0/path/0").asText());
        assertTrue(body.at("/errors/0/message").asText().matches("This request compiles to \\d+ characters of SQL, "
                + "more than the maximum of 700; ask for fewer fields\\."), body::toString);
    }

    @Test
    void introspectionSwitchedOffIsRefusedButTypenameIsAnswered() throws Exception {
        assertRefused(run(small, "{ __schema { queryType { name } } }"), "INTROSPECTION_DISABLED");
        assertRefused(run(small, "{ __type(name: \"Post\") { name } }"), "INTROSPECTION_DISABLED");
        assertEquals("{\"data\":{\"__typename\":\"Query\"}}", run(small, "{ __typename }").toString());
    }

    @Test
    void largestIntFirstReadsEveryRowInsteadOfOverflowingTheLimit() throws Exception {
        JsonNode body = run(unlimitedPages, "{ allPeople(first: 2147483647) { totalCount nodes { id } } }");
        assertTrue(body.path("errors").isMissingNode(), body::toString);
        assertEquals(body.at("/data/allPeople/totalCount").asInt(), body.at("/data/allPeople/nodes").size());
        JsonNode offset = run(unlimitedPages, "{ allPeople(first: 2147483647, offset: 1) { nodes { id } } }");
        assertTrue(offset.path("errors").isMissingNode(), offset::toString);
    }

    @Test
    void statementTimeoutAndJitAreTransactionSettingsOfEveryRequest() throws Exception {
        assertEquals("{\"data\":{\"transactionSettings\":\"300ms off\"}}",
                run(probes, "{ transactionSettings }").toString());
    }

    @Test
    void statementRunningLongerThanTheTimeoutIsCancelledInPostgresql() throws Exception {
        long start = System.nanoTime();
        JsonNode body = run(probes, "{ sleep(seconds: 5) }");
        assertTrue((System.nanoTime() - start) / 1_000_000 < 3000, "answered only after the sleep");
        assertEquals("canceling statement due to statement timeout", body.at("/errors/0/message").asText());
    }

    @Test
    void rootFunctionReturningTextGivesTheTextUnparsed() throws Exception {
        assertEquals("hello", run(probes, "{ echo(value: \"hello\") }").at("/data/echo").asText());
        assertEquals("\"quoted\"", run(probes, "{ echo(value: \"\\\"quoted\\\"\") }").at("/data/echo").asText());
        assertEquals("{\"a\": 1}", run(probes, "{ echo(value: \"{\\\"a\\\": 1}\") }").at("/data/echo").asText());
    }

    private static void assertRefused(JsonNode body, String code) {
        assertEquals(code, body.at("/errors/0/extensions/code").asText(), body::toString);
        assertTrue(body.path("data").isMissingNode() || body.path("data").isNull(), body::toString);
    }

    private static JsonNode run(RequestExecutor executor, String document) throws Exception {
        return run(executor, document, null);
    }

    private static JsonNode run(RequestExecutor executor, String document, Map<String, Object> variables)
            throws Exception {
        ExecutionResult result = executor.execute(new GraphQLRequest(document, null, variables), Map.of());
        return JSON.valueToTree(result.toSpecification());
    }
}
