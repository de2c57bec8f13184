package dev.strata.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.identity.Authenticator;
import dev.strata.identity.Identity;
import dev.strata.identity.JwtConfig;
import dev.strata.identity.TokenSigner;
import dev.strata.it.TestDatabase;
import dev.strata.schema.JwtType;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Identity in and out of the database through {@link RequestExecutor}, on a pool of one connection: a token's
 * role and claims reach the database and nothing of them outlives the request; tokens come out of the JWT type
 * signed; row level security and privileges hold. Reads only (and {@code authenticate}, which writes nothing).
 */
class IdentityExecutionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "keyboard_kitten";
    private static final Authenticator AUTHENTICATOR = new Authenticator(JwtConfig.from(Map.of(
            "strata.jwt.secret", SECRET, "strata.jwt.algorithms", "HS256", "strata.jwt.audience", "postgraphile",
            "strata.default-role", "forum_example_anonymous")::get));
    private static final String CURRENT_PERSON = "{ currentPerson { id fullName } }";

    private static OneConnectionDataSource pool;
    private static RequestExecutor forum;

    @BeforeAll
    static void start() throws SQLException {
        pool = new OneConnectionDataSource(TestDatabase.forum().loginRoleDataSource());
        forum = TestSchemas.serve(pool, new SchemaSettings(List.of("forum_example"), "", false,
                new JwtType("forum_example.jwt_token", new TokenSigner(SECRET)::sign)));
    }

    @AfterAll
    static void stop() throws SQLException {
        pool.close();
    }

    @Test
    void jwtRequestThenAnonymousRequestOnOneConnectionLeavesNothingBehind() throws Exception {
        Identity person = AUTHENTICATOR.authenticate(List.of("Bearer " + login("spowell0@noaa.gov", "iFbWWlc")));
        assertEquals("{\"currentPerson\":{\"id\":1,\"fullName\":\"Sara Powell\"}}",
                data(CURRENT_PERSON, person.settings()).toString());
        assertEquals("forum_example_postgraphile none -", leftOnConnection());

        assertEquals("{\"currentPerson\":null}", data(CURRENT_PERSON, anonymous()).toString());
        assertEquals("forum_example_postgraphile none -", leftOnConnection());
    }

    @Test
    void everyClaimReachesTheDatabaseAsText() throws Exception {
        Identity identity = AUTHENTICATOR.authenticate(List.of("Bearer " + new TokenSigner(SECRET).sign(Map.of(
                "role", "forum_example_person", "person_id", 2))));
        // current_person() reads the claim with current_setting('jwt.claims.person_id', true)
        JsonNode people = data("{ currentPerson { id } }", identity.settings());
        assertEquals(2, people.at("/currentPerson/id").asInt());
        assertEquals("2", identity.settings().get("jwt.claims.person_id"));
        assertEquals("postgraphile", identity.settings().get("jwt.claims.aud"));
    }

    @Test
    void authenticateGivesATokenSignedLikePostGraphile4() throws Exception {
        String token = login("spowell0@noaa.gov", "iFbWWlc");
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertEquals(List.of("role", "person_id", "iat", "exp", "aud", "iss"), List.copyOf(names(claims)));
        assertEquals("forum_example_person", claims.get("role").asText());
        assertEquals(1, claims.get("person_id").asInt());
        assertEquals(86400, claims.get("exp").asLong() - claims.get("iat").asLong());
        assertEquals("postgraphile", claims.get("aud").asText());
        assertEquals("postgraphile", claims.get("iss").asText());
        assertEquals("{\"alg\":\"HS256\",\"typ\":\"JWT\"}",
                new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8));
    }

    @Test
    void wrongPasswordGivesANullToken() throws Exception {
        assertEquals("{\"authenticate\":{\"jwtToken\":null}}", data("mutation { authenticate(input: {email: "
                + "\"spowell0@noaa.gov\", password: \"wrong\"}) { jwtToken } }", anonymous()).toString());
    }

    @Test
    void unknownRoleIsAGraphQLErrorWithTheDatabaseMessage() throws Exception {
        JsonNode response = execute(CURRENT_PERSON, Map.of("role", "nobody_here"));
        assertEquals("role \"nobody_here\" does not exist", response.at("/errors/0/message").asText(),
                response::toString);
        assertEquals("[\"currentPerson\"]", response.at("/errors/0/path").toString());
        assertTrue(response.at("/data/currentPerson").isNull());
        // and the connection is clean for the next request
        assertEquals("{\"currentPerson\":null}", data(CURRENT_PERSON, anonymous()).toString());
    }

    @Test
    void roleTheLoginRoleCannotBecomeIsAGraphQLError() throws Exception {
        JsonNode response = execute(CURRENT_PERSON, Map.of("role", "postgres", "jwt.claims.person_id", "1"));
        assertEquals("permission denied to set role \"postgres\"", response.at("/errors/0/message").asText(),
                response::toString);
        assertEquals("{\"currentPerson\":null}", data(CURRENT_PERSON, anonymous()).toString());
        assertEquals("forum_example_postgraphile none -", leftOnConnection());
    }

    @Test
    void aLoneMutationThatFailsRollsBackAndLeavesNothingBehind() throws Exception {
        Map<String, String> person = AUTHENTICATOR.authenticate(List.of("Bearer "
                + login("spowell0@noaa.gov", "iFbWWlc"))).settings();
        JsonNode response = execute("mutation { createPost(input: {post: {authorId: 2, headline: \"Not mine\"}}) "
                + "{ post { id } } }", person);
        assertEquals("new row violates row-level security policy for table \"post\"",
                response.at("/errors/0/message").asText(), response::toString);
        assertEquals("forum_example_postgraphile none -", leftOnConnection());
        assertTrue(pool.physical().getAutoCommit(), "the connection is back in autocommit mode");
        assertEquals("{\"currentPerson\":null}", data(CURRENT_PERSON, anonymous()).toString());
    }

    @Test
    void aPersonCannotReadThePrivateSchema() throws Exception {
        Map<String, String> person = AUTHENTICATOR.authenticate(List.of("Bearer "
                + login("spowell0@noaa.gov", "iFbWWlc"))).settings();
        // Shown whatever the privileges (as PostGraphile 4 by default), the private table is there to ask for...
        RequestExecutor everything = TestSchemas.serve(pool, new SchemaSettings(List.of("forum_example", "forum_example_private"), "",
                true, JwtType.NONE));
        JsonNode response = JSON.valueToTree(everything.execute(
                new GraphQLRequest("{ allPersonAccounts { nodes { email } } }", null, null), person).toSpecification());
        assertEquals("permission denied for schema forum_example_private", response.at("/errors/0/message").asText(),
                response::toString);
        // ...and by default, leaving out what no role may use, it is not even in the schema.
        RequestExecutor rbac = TestSchemas.serve(pool, new SchemaSettings(List.of("forum_example", "forum_example_private"), "",
                false, JwtType.NONE));
        assertTrue(rbac.schema().schema().getQueryType().getFieldDefinition("allPersonAccounts") == null);
        assertTrue(rbac.schema().schema().getQueryType().getFieldDefinition("allPeople") != null);
    }

    private static String login(String email, String password) throws Exception {
        JsonNode data = data("mutation { authenticate(input: {email: \"" + email + "\", password: \"" + password
                + "\"}) { jwtToken } }", anonymous());
        return data.at("/authenticate/jwtToken").asText();
    }

    private static Map<String, String> anonymous() {
        return AUTHENTICATOR.authenticate(List.of()).settings();
    }

    /** The login role, the role setting, and the person_id claim ({@code -} for unset or empty) on the connection. */
    private static String leftOnConnection() throws SQLException {
        try (Statement statement = pool.physical().createStatement();
             ResultSet row = statement.executeQuery("select current_user, current_setting('role'), "
                     + "coalesce(nullif(current_setting('jwt.claims.person_id', true), ''), '-')")) {
            row.next();
            return row.getString(1) + " " + row.getString(2) + " " + row.getString(3);
        }
    }

    private static JsonNode execute(String query, Map<String, String> settings) throws Exception {
        return JSON.valueToTree(forum.execute(new GraphQLRequest(query, null, null), settings).toSpecification());
    }

    private static JsonNode data(String query, Map<String, String> settings) throws Exception {
        JsonNode response = execute(query, settings);
        assertTrue(response.get("errors") == null, () -> "errors: " + response.get("errors"));
        return response.get("data");
    }

    private static java.util.Set<String> names(JsonNode object) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
