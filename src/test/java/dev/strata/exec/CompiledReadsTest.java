package dev.strata.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A request answered again by the statement it compiled to ({@link CompiledReads}) answers exactly as the whole
 * path does: under the identity of the request that repeats it, with the values of its own variables, and with the
 * field's error and path when the read fails.
 */
class CompiledReadsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CURRENT_PERSON = "{ currentPerson { id fullName } }";

    @RegisterExtension
    static final ForumOnOneConnection FORUM = new ForumOnOneConnection();

    @Test
    void aRepeatedReadAnswersAsTheFirstTime() throws SQLException {
        String query = "{ allPosts(first: 2) { nodes { id headline personByAuthorId { fullName } } } }";
        String first = answer(query, null, Map.of());
        assertEquals(first, answer(query, null, Map.of()));
        assertEquals(first, answer(query, null, Map.of()));
    }

    @Test
    void aRepeatedReadRunsAsTheIdentityOfTheRequestThatRepeatsIt() throws SQLException {
        assertEquals("{\"data\":{\"currentPerson\":{\"id\":1,\"fullName\":\"Sara Powell\"}}}",
                answer(CURRENT_PERSON, null, person(1)));
        assertEquals("{\"data\":{\"currentPerson\":{\"id\":2,\"fullName\":\"Andrea Fox\"}}}",
                answer(CURRENT_PERSON, null, person(2)));
        assertEquals("{\"data\":{\"currentPerson\":null}}",
                answer(CURRENT_PERSON, null, Map.of("role", "forum_example_anonymous")));
        assertEquals("{\"data\":{\"currentPerson\":{\"id\":1,\"fullName\":\"Sara Powell\"}}}",
                answer(CURRENT_PERSON, null, person(1)));
    }

    @Test
    void aRepeatedDocumentReadsWithItsOwnVariables() throws SQLException {
        String query = "query Post($id: Int!) { postById(id: $id) { id } }";
        assertEquals("{\"data\":{\"postById\":{\"id\":1}}}", answer(query, Map.of("id", 1), Map.of()));
        assertEquals("{\"data\":{\"postById\":{\"id\":2}}}", answer(query, Map.of("id", 2), Map.of()));
        assertEquals("{\"data\":{\"postById\":{\"id\":1}}}", answer(query, Map.of("id", 1), Map.of()));
    }

    @Test
    void aRepeatedReadThatFailsGivesTheFieldsErrorWithItsPath() throws Exception {
        answer(CURRENT_PERSON, null, person(1));
        String failed = answer(CURRENT_PERSON, null, Map.of("role", "nobody_here"));
        assertEquals(answer(TestSchemas.serve(FORUM.pool(), List.of("forum_example"), ""), CURRENT_PERSON, null,
                Map.of("role", "nobody_here")), failed);
        assertEquals("{\"message\":\"role \\\"nobody_here\\\" does not exist\",\"locations\":[{\"line\":1,"
                + "\"column\":3}],\"path\":[\"currentPerson\"],\"extensions\":{\"classification\":"
                + "\"DataFetchingException\"}}", JSON.readTree(failed).at("/errors/0").toString());
    }

    private static Map<String, String> person(int id) {
        return Map.of("role", "forum_example_person", "jwt.claims.person_id", Integer.toString(id));
    }

    private static String answer(String query, Map<String, Object> variables, Map<String, String> settings)
            throws SQLException {
        return answer(FORUM.executor(), query, variables, settings);
    }

    private static String answer(RequestExecutor executor, String query, Map<String, Object> variables,
                                 Map<String, String> settings) throws SQLException {
        return JSON.valueToTree(executor.execute(new GraphQLRequest(query, null, variables), settings)
                .toSpecification()).toString();
    }
}
