package dev.strata.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.exec.GraphQLRequest;
import dev.strata.exec.OneConnectionDataSource;
import dev.strata.exec.RequestExecutor;
import dev.strata.exec.TestSchemas;
import dev.strata.it.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A token whose claims are strings, numbers of every JavaScript form, booleans, null, objects and arrays: each
 * claim reads back from {@code current_setting('jwt.claims.<name>', true)} exactly as PostGraphile 4 set it
 * (golden: {@code src/test/resources/golden-jwt-claims/}, PostGraphile 4.14.1 answering the same query with the
 * same token; docs/RELIABILITY.md says how it was recorded).
 */
class ClaimSettingsAsPostGraphile4Test {

    private static final Path GOLDEN = Path.of("src/test/resources/golden-jwt-claims");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyKindOfClaimReadsBackAsPostGraphile4WroteIt() throws Exception {
        try (Connection c = TestDatabase.forum().superuserDataSource().getConnection();
             Statement s = c.createStatement()) {
            s.execute("""
                    create schema if not exists claims_test;
                    grant usage on schema claims_test to public;
                    create or replace function claims_test.claim(name text) returns text
                      as $$ select current_setting('jwt.claims.' || name, true) $$ language sql stable;
                    grant execute on function claims_test.claim(text) to public;
                    """);
        }
        Map<String, String> config = AuthenticatorTest.tutorial();
        Identity identity = new Authenticator(JwtConfig.from(config::get)).authenticate(List.of("Bearer "
                + Tokens.hs256(Files.readString(GOLDEN.resolve("payload.json")).strip(), AuthenticatorTest.SECRET)));
        try (OneConnectionDataSource pool = new OneConnectionDataSource(TestDatabase.forum().loginRoleDataSource())) {
            RequestExecutor claims = TestSchemas.serve(pool, List.of("claims_test"), "");
            JsonNode answer = JSON.valueToTree(claims.execute(new GraphQLRequest(
                    Files.readString(GOLDEN.resolve("query.graphql")), null, null), identity.settings())
                    .toSpecification());
            assertEquals(JSON.readTree(GOLDEN.resolve("postgraphile4.json").toFile()), answer);
        }
    }
}
