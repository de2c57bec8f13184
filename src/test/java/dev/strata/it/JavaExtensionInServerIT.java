package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.exec.Engine;
import dev.strata.exec.GraphQLRequest;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In-server (Arquillian): a {@code @GraphQLApi} bean in the WAR is found by CDI and merged into the schema, and
 * its JPA code runs in the request's transaction with the request's role and claims (row level security
 * applies); a mutation field that fails leaves nothing of what it wrote.
 */
@ExtendWith(ArquillianExtension.class)
class JavaExtensionInServerIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Deployment
    static WebArchive deployment() {
        return InServerDeployment.strataWar("strata-extension.war")
                .addClasses(JavaExtensionInServerIT.class, JpaExtras.class, JpaProbe.class);
    }

    @jakarta.inject.Inject
    Engine engine;

    @Test
    void extensionQueryRunsInTheRequestsReadOnlyTransactionWithItsRoleAndClaims() throws Exception {
        JsonNode data = data("{ whoAmI }", Map.of("role", "forum_example_person", "jwt.claims.person_id", "7"));
        assertEquals("forum_example_person 7 on", data.get("whoAmI").asText());
    }

    @Test
    void rowFieldsRunningJpaAfterTheRootReadStillRunInTheRequestsTransaction() throws Exception {
        JsonNode data = data("{ postById(id: 1) { seenBy } }",
                Map.of("role", "forum_example_person", "jwt.claims.person_id", "7"));
        assertEquals("forum_example_person 7 on", data.at("/postById/seenBy").asText());
    }

    @Test
    void extensionMutationWritesUnderRowLevelSecurityAndAFailedOneLeavesNothing() throws Exception {
        JsonNode post = data("{ postById(id: 1) { authorId headline } }", Map.of("role", "forum_example_anonymous"))
                .get("postById");
        String author = post.get("authorId").asText();
        String headline = post.get("headline").asText();
        Map<String, String> theAuthor = Map.of("role", "forum_example_person", "jwt.claims.person_id", author);
        Map<String, String> someoneElse = Map.of("role", "forum_example_person", "jwt.claims.person_id", "999");

        assertEquals(1, data(retitle(headline, false), theAuthor).get("retitle").asInt());
        assertEquals(0, data(retitle("not theirs", false), someoneElse).get("retitle").asInt(),
                "row level security hides another author's post from the JPA update");

        JsonNode failed = execute(retitle("rolled back", true), theAuthor);
        assertEquals("retitle failed after writing", failed.at("/errors/0/message").asText(), failed::toString);
        assertTrue(failed.get("data").isNull(), "retitle is an Int!, so its null reaches data");
        assertEquals(headline, data("{ postById(id: 1) { headline } }", Map.of("role", "forum_example_anonymous"))
                .at("/postById/headline").asText(), "the failed field's write was rolled back");
    }

    @Test
    void jpaFailureThatDoomsTheTransactionRollsBackTheWholeRequestAndSaysSo() throws Exception {
        Map<String, String> author = Map.of("role", "forum_example_person", "jwt.claims.person_id",
                data("{ postById(id: 1) { authorId } }", Map.of("role", "forum_example_anonymous"))
                        .at("/postById/authorId").asText());
        String headline = data("{ postById(id: 1) { headline } }", author).at("/postById/headline").asText();
        JsonNode response = execute("mutation { first: retitle(id: 1, headline: \"changed\", fail: false) broken }",
                author);
        assertTrue(response.toString().contains("The request was rolled back as a whole"), response::toString);
        assertEquals(headline, data("{ postById(id: 1) { headline } }", author).at("/postById/headline").asText(),
                "the first field's write was not kept either");
    }

    private static String retitle(String headline, boolean fail) throws Exception {
        return "mutation { retitle(id: 1, headline: " + JSON.writeValueAsString(headline) + ", fail: " + fail + ") }";
    }

    private JsonNode execute(String query, Map<String, String> settings) throws Exception {
        return JSON.valueToTree(engine.executor().execute(new GraphQLRequest(query, null, null), settings)
                .toSpecification());
    }

    private JsonNode data(String query, Map<String, String> settings) throws Exception {
        JsonNode response = execute(query, settings);
        assertTrue(response.get("errors") == null, () -> "errors: " + response.get("errors"));
        return response.get("data");
    }
}
