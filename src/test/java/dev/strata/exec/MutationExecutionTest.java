package dev.strata.exec;

import dev.strata.it.TestDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.boot.EmbeddedForumDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mutations through {@link RequestExecutor} on the embedded PostgreSQL: the forum schema with the tutorial's roles
 * and row level security, and {@code ddl/test/crud.sql} for the generic CRUD on other key shapes. The settings
 * given are exactly what the connection interceptor applies for a request. Tests share one database and do not
 * depend on each other's order: each uses its own rows and compares counts before and after.
 */
class MutationExecutionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> ANONYMOUS = Map.of("role", "forum_example_anonymous");
    private static final Map<String, String> PERSON_1 = person(1);
    private static final Map<String, String> LOGIN_ROLE = Map.of();

    private static EmbeddedForumDatabase database;
    private static RequestExecutor forum;
    private static RequestExecutor crud;

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedForumDatabase.startFresh();
        TestDatabase.runScript(database.superuserDataSource(), "ddl/test/crud.sql");
        forum = TestSchemas.serve(database.loginRoleDataSource(), List.of("forum_example"), "");
        crud = TestSchemas.serve(database.loginRoleDataSource(), List.of("crud"), "");
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    // -- the tutorial's write flow --

    @Test
    void createPostGivesTheRowItsAuthorItsEdgeAndTheClientMutationId() throws Exception {
        JsonNode created = data(forum, """
                mutation { createPost(input: {clientMutationId: "c1", post: {authorId: 1, headline: "Edge case",
                  body: "Body", topic: DISCUSSION}}) {
                  clientMutationId post { headline body topic authorId } personByAuthorId { firstName }
                  postEdge { node { headline } } } }""", PERSON_1).get("createPost");
        assertEquals("c1", created.get("clientMutationId").asText());
        assertEquals("{\"headline\":\"Edge case\",\"body\":\"Body\",\"topic\":\"DISCUSSION\",\"authorId\":1}",
                created.get("post").toString());
        assertEquals("Sara", created.at("/personByAuthorId/firstName").asText());
        assertEquals("Edge case", created.at("/postEdge/node/headline").asText());
    }

    @Test
    void payloadIsReadAfterTheWriteSoRelationsComputedColumnsAndQuerySeeTheNewRow() throws Exception {
        int before = postCount();
        JsonNode created = data(forum, """
                mutation { createPost(input: {post: {authorId: 1, headline: "Seen after the write",
                  body: "Abcdefghij"}}) {
                  post { id summary(length: 4) personByAuthorId { latestPost { headline } } }
                  query { allPosts { totalCount } } } }""", PERSON_1).get("createPost");
        assertEquals("Abc…", created.at("/post/summary").asText());
        assertEquals("Seen after the write", created.at("/post/personByAuthorId/latestPost/headline").asText());
        assertEquals(before + 1, created.at("/query/allPosts/totalCount").asInt());
    }

    @Test
    void edgeCursorFollowsTheRequestedOrder() throws Exception {
        JsonNode payload = data(forum, """
                mutation { createPost(input: {post: {authorId: 1, headline: "Cursor"}}) {
                  post { id } byKey: postEdge { cursor } byHeadline: postEdge(orderBy: [HEADLINE_DESC]) { cursor }
                } }""", PERSON_1).get("createPost");
        int id = payload.at("/post/id").asInt();
        assertEquals("[\"primary_key_asc\",[" + id + "]]", decode(payload.at("/byKey/cursor").asText()));
        assertEquals("[\"headline_desc\",[\"Cursor\"," + id + "]]", decode(payload.at("/byHeadline/cursor").asText()));
    }

    @Test
    void anonymousCreateIsDeniedAndWritesNothing() throws Exception {
        int before = postCount();
        JsonNode response = execute(forum, """
                mutation { createPost(input: {post: {authorId: 1, headline: "Clickbait"}}) { post { id } } }""",
                ANONYMOUS);
        assertError(response, "permission denied for table post", "createPost");
        assertEquals(before, postCount());
    }

    @Test
    void creatingAPostForAnotherAuthorViolatesRowLevelSecurity() throws Exception {
        JsonNode response = execute(forum, """
                mutation { createPost(input: {post: {authorId: 2, headline: "Not mine"}}) { post { id } } }""",
                PERSON_1);
        assertError(response, "new row violates row-level security policy for table \"post\"", "createPost");
    }

    @Test
    void updateAndDeleteOfARowRowLevelSecurityHidesFindNoValues() throws Exception {
        assertError(execute(forum, """
                mutation { updatePostById(input: {id: 2, postPatch: {headline: "Taken over"}}) { post { id } } }""",
                PERSON_1), "No values were updated in collection 'posts' because no values you can update were "
                + "found matching these criteria.", "updatePostById");
        assertError(execute(forum, """
                mutation { deletePostById(input: {id: 2}) { post { id } } }""", PERSON_1),
                "No values were deleted in collection 'posts' because no values you can delete were found "
                        + "matching these criteria.", "deletePostById");
        assertEquals("{\"headline\":\"Open-source non-volatile protocol\"}",
                data(forum, "{ postById(id: 2) { headline } }", ANONYMOUS).get("postById").toString());
    }

    @Test
    void updatesAndDeletesOwnPostByIdAndByNodeId() throws Exception {
        JsonNode created = data(forum, """
                mutation { createPost(input: {post: {authorId: 1, headline: "Draft", body: "x"}}) {
                  post { id nodeId } } }""", PERSON_1).at("/createPost/post");
        int id = created.get("id").asInt();
        String nodeId = created.get("nodeId").asText();
        JsonNode updated = data(forum, "mutation { updatePostById(input: {id: " + id
                + ", postPatch: {headline: \"Final\", body: null}}) { post { headline body } } }", PERSON_1);
        assertEquals("{\"headline\":\"Final\",\"body\":null}", updated.at("/updatePostById/post").toString());
        JsonNode byNodeId = data(forum, "mutation { updatePost(input: {nodeId: \"" + nodeId
                + "\", postPatch: {topic: HELP}}) { post { topic headline } } }", PERSON_1);
        assertEquals("{\"topic\":\"HELP\",\"headline\":\"Final\"}", byNodeId.at("/updatePost/post").toString());
        JsonNode deleted = data(forum, "mutation { deletePost(input: {nodeId: \"" + nodeId
                + "\"}) { deletedPostId post { id } personByAuthorId { id } } }", PERSON_1).get("deletePost");
        assertEquals(nodeId, deleted.get("deletedPostId").asText());
        assertEquals(id, deleted.at("/post/id").asInt());
        assertEquals(1, deleted.at("/personByAuthorId/id").asInt());
        assertTrue(data(forum, "{ postById(id: " + id + ") { id } }", ANONYMOUS).get("postById").isNull());
    }

    @Test
    void registerAuthenticateAndChangePassword() throws Exception {
        JsonNode registered = data(forum, """
                mutation { registerPerson(input: {firstName: "Ada", lastName: "Lovelace", email: "ada@example.com",
                  password: "engine"}) { person { id fullName } personEdge { node { firstName } } } }""",
                ANONYMOUS).get("registerPerson");
        assertEquals("Ada Lovelace", registered.at("/person/fullName").asText());
        assertEquals("Ada", registered.at("/personEdge/node/firstName").asText());
        int id = registered.at("/person/id").asInt();
        assertEquals("{\"role\":\"forum_example_person\",\"personId\":" + id + "}", authenticate("ada@example.com",
                "engine").toString());
        JsonNode changed = data(forum, """
                mutation { changePassword(input: {currentPassword: "engine", newPassword: "analytical"}) {
                  boolean } }""", person(id));
        assertTrue(changed.at("/changePassword/boolean").asBoolean());
        assertTrue(authenticate("ada@example.com", "engine").isNull());
        assertFalse(authenticate("ada@example.com", "analytical").isNull());
    }

    // -- transactions: a savepoint per field, fields in order --

    @Test
    void failedMutationFieldLeavesNoTraceAndKeepsEarlierFields() throws Exception {
        int before = postCount();
        JsonNode response = execute(forum, """
                mutation {
                  first: createPost(input: {post: {authorId: 1, headline: "Kept first"}}) { post { headline } }
                  failing: createPost(input: {post: {authorId: 1, headline: "%s"}}) { post { headline } }
                  last: createPost(input: {post: {authorId: 1, headline: "Kept last"}}) { post { headline } }
                }""".formatted("x".repeat(300)), PERSON_1);
        assertError(response, "new row for relation \"post\" violates check constraint \"post_headline_check\"",
                "failing");
        assertEquals(3, response.at("/errors/0/locations/0/line").asInt());
        assertEquals("Kept first", response.at("/data/first/post/headline").asText());
        assertTrue(response.at("/data/failing").isNull());
        assertEquals("Kept last", response.at("/data/last/post/headline").asText());
        assertEquals(before + 2, postCount());
    }

    @Test
    void failedFunctionMutationLeavesNoHalfWrite() throws Exception {
        int before = personCount();
        JsonNode response = execute(forum, """
                mutation { registerPerson(input: {firstName: "Twin", lastName: "Powell", email: "spowell0@noaa.gov",
                  password: "x"}) { person { id } } }""", ANONYMOUS);
        assertError(response, "duplicate key value violates unique constraint \"person_account_email_key\"",
                "registerPerson");
        assertEquals(before, personCount(), "the person inserted before the failing account insert is gone");
    }

    @Test
    void laterFieldsSeeEarlierFieldsWrites() throws Exception {
        int id = data(forum, """
                mutation { createPost(input: {post: {authorId: 1, headline: "One"}}) { post { id } } }""",
                PERSON_1).at("/createPost/post/id").asInt();
        JsonNode response = data(forum, """
                mutation {
                  a: updatePostById(input: {id: %d, postPatch: {headline: "Two"}}) { post { headline } }
                  b: updatePostById(input: {id: %d, postPatch: {body: "after two"}}) {
                    post { headline body } query { postById(id: %d) { headline } } }
                }""".formatted(id, id, id), PERSON_1);
        assertEquals("{\"headline\":\"Two\",\"body\":\"after two\"}", response.at("/b/post").toString());
        assertEquals("Two", response.at("/b/query/postById/headline").asText());
    }

    @Test
    void aFailedReadInThePayloadDoesNotUndoTheWrite() throws Exception {
        int before = postCount();
        JsonNode response = execute(forum, """
                mutation { createPost(input: {post: {authorId: 1, headline: "Written anyway"}}) {
                  post { id } query { allPosts(condition: {createdAt: "never"}) { totalCount } } } }""", PERSON_1);
        assertEquals("invalid input syntax for type timestamp: \"never\"", response.at("/errors/0/message").asText());
        assertFalse(response.at("/data/createPost/post/id").isMissingNode());
        assertEquals(before + 1, postCount());
    }

    // -- errors and input that writes nothing --

    @Test
    void constraintViolationsGivePostgresMessages() throws Exception {
        int id = data(forum, """
                mutation { createPost(input: {post: {authorId: 1, headline: "Constrained"}}) { post { id } } }""",
                PERSON_1).at("/createPost/post/id").asInt();
        assertError(execute(forum, "mutation { updatePostById(input: {id: " + id
                        + ", postPatch: {headline: null}}) { post { id } } }", PERSON_1),
                "null value in column \"headline\" of relation \"post\" violates not-null constraint",
                "updatePostById");
        assertError(execute(forum, "mutation { updatePostById(input: {id: " + id
                        + ", postPatch: {id: 1}}) { post { id } } }", PERSON_1),
                "duplicate key value violates unique constraint \"post_pkey\"", "updatePostById");
        assertError(execute(forum, "mutation { deletePersonById(input: {id: 1}) { person { id } } }", PERSON_1),
                "update or delete on table \"person\" violates foreign key constraint \"post_author_id_fkey\" "
                        + "on table \"post\"", "deletePersonById");
        assertEquals("Constrained", data(forum, "{ postById(id: " + id + ") { headline } }", ANONYMOUS)
                .at("/postById/headline").asText());
    }

    @Test
    void emptyPatchAndForeignNodeIdWriteNothingAndGiveNull() throws Exception {
        JsonNode response = execute(forum, """
                mutation {
                  empty: updatePostById(input: {id: 1, postPatch: {}}) { post { id } }
                  person: updatePost(input: {nodeId: "WyJwZW9wbGUiLDFd", postPatch: {headline: "x"}}) { post { id } }
                  garbage: deletePost(input: {nodeId: "garbage"}) { post { id } }
                }""", PERSON_1);
        assertEquals("{\"data\":{\"empty\":null,\"person\":null,\"garbage\":null}}", response.toString());
    }

    @Test
    void invalidInputIsRefusedBeforeAnyWrite() throws Exception {
        int before = postCount();
        JsonNode response = execute(forum, """
                mutation { createPost(input: {post: {authorId: 1, headline: "Bad topic", topic: WRONG}}) {
                  post { id } } }""", PERSON_1);
        assertTrue(response.get("data") == null || response.get("data").isNull());
        assertFalse(response.get("errors").isEmpty());
        assertEquals(before, postCount());
    }

    // -- the generic CRUD on other key shapes, and functions of every return shape --

    @Test
    void compositePrimaryKeyCreatesUpdatesAndDeletes() throws Exception {
        JsonNode created = data(crud, """
                mutation { createMembership(input: {membership: {groupName: "chess", memberId: 7}}) {
                  membership { nodeId groupName memberId role } } }""", LOGIN_ROLE).at("/createMembership/membership");
        assertEquals("member", created.get("role").asText());
        assertEquals("[\"memberships\",\"chess\",7]", decode(created.get("nodeId").asText()));
        JsonNode updated = data(crud, """
                mutation { updateMembershipByGroupNameAndMemberId(input: {groupName: "chess", memberId: 7,
                  membershipPatch: {role: "captain"}}) { membership { role } } }""", LOGIN_ROLE);
        assertEquals("captain", updated.at("/updateMembershipByGroupNameAndMemberId/membership/role").asText());
        JsonNode deleted = data(crud, "mutation { deleteMembership(input: {nodeId: \""
                + created.get("nodeId").asText() + "\"}) { deletedMembershipId membership { role } } }", LOGIN_ROLE);
        assertEquals(created.get("nodeId").asText(), deleted.at("/deleteMembership/deletedMembershipId").asText());
        assertEquals("captain", deleted.at("/deleteMembership/membership/role").asText());
        assertEquals(0, data(crud, "{ allMemberships { totalCount } }", LOGIN_ROLE)
                .at("/allMemberships/totalCount").asInt());
    }

    @Test
    void uniqueKeyBesidesThePrimaryKeyUpdatesAndDeletes() throws Exception {
        data(crud, """
                mutation { createAccount(input: {account: {handle: "ann"}}) { account { id } } }""", LOGIN_ROLE);
        JsonNode updated = data(crud, """
                mutation { updateAccountByHandle(input: {handle: "ann", accountPatch: {score: 5}}) {
                  account { handle score } } }""", LOGIN_ROLE);
        assertEquals("{\"handle\":\"ann\",\"score\":5}", updated.at("/updateAccountByHandle/account").toString());
        assertError(execute(crud, """
                mutation { createAccount(input: {account: {handle: "ann"}}) { account { id } } }""", LOGIN_ROLE),
                "duplicate key value violates unique constraint \"account_handle_key\"", "createAccount");
        JsonNode deleted = data(crud, """
                mutation { deleteAccountByHandle(input: {handle: "ann"}) { account { score } } }""", LOGIN_ROLE);
        assertEquals(5, deleted.at("/deleteAccountByHandle/account/score").asInt());
        assertError(execute(crud, """
                mutation { deleteAccountByHandle(input: {handle: "ann"}) { account { score } } }""", LOGIN_ROLE),
                "No values were deleted in collection 'accounts' because no values you can delete were found "
                        + "matching these criteria.", "deleteAccountByHandle");
    }

    @Test
    void tableWithoutPrimaryKeyCanOnlyBeCreated() throws Exception {
        JsonNode created = data(crud, """
                mutation { createEventLog(input: {eventLog: {day: "2024-02-29", message: "leap"}}) {
                  eventLog { day message } eventLogEdge { cursor node { message } } } }""", LOGIN_ROLE);
        assertEquals("{\"day\":\"2024-02-29\",\"message\":\"leap\"}",
                created.at("/createEventLog/eventLog").toString());
        assertTrue(created.at("/createEventLog/eventLogEdge/cursor").isNull());
        JsonNode mutationFields = data(crud, "{ __type(name: \"Mutation\") { fields { name } } }", LOGIN_ROLE);
        assertFalse(mutationFields.toString().contains("updateEventLog"));
        assertFalse(mutationFields.toString().contains("deleteEventLog"));
    }

    @Test
    void functionMutationsOfEveryReturnShape() throws Exception {
        data(crud, """
                mutation { a: createAccount(input: {account: {handle: "bob", score: 1}}) { account { id } }
                           b: createAccount(input: {account: {handle: "cy", score: 2}}) { account { id } } }""",
                LOGIN_ROLE);
        JsonNode bumped = data(crud, """
                mutation { bumpScores(input: {amount: 10}) { accounts { handle score } again: accounts { score } } }""",
                LOGIN_ROLE).get("bumpScores");
        assertTrue(bumped.get("accounts").toString().contains("{\"handle\":\"bob\",\"score\":11}"));
        assertEquals(bumped.get("accounts").size(), bumped.get("again").size());
        assertEquals(11, data(crud, "{ accountByHandle(handle: \"bob\") { score } }", LOGIN_ROLE)
                .at("/accountByHandle/score").asInt(), "a payload selecting the result twice calls the function once");
        assertTrue(data(crud, "mutation { accountCount(input: {}) { integer } }", LOGIN_ROLE)
                .at("/accountCount/integer").asInt() >= 2);
        JsonNode logged = data(crud, """
                mutation { logMessage(input: {clientMutationId: "l", message: "void"}) { clientMutationId } }""",
                LOGIN_ROLE);
        assertEquals("l", logged.at("/logMessage/clientMutationId").asText());
    }

    @Test
    void strictFunctionWithANullArgumentGivesNull() throws Exception {
        JsonNode sums = data(crud, """
                mutation { defaults: add(input: {}) { integer } first: add(input: {arg0: 10}) { integer }
                           nullFirst: add(input: {arg0: null, arg1: 5}) { integer } }""", LOGIN_ROLE);
        assertEquals("{\"defaults\":{\"integer\":3},\"first\":{\"integer\":12},\"nullFirst\":{\"integer\":null}}",
                sums.toString());
    }

    // -- helpers --

    private static Map<String, String> person(int id) {
        return Map.of("role", "forum_example_person", "jwt.claims.person_id", String.valueOf(id));
    }

    private static JsonNode authenticate(String email, String password) throws Exception {
        return data(forum, "mutation { authenticate(input: {email: \"" + email + "\", password: \"" + password
                + "\"}) { jwtToken { role personId } } }", ANONYMOUS).at("/authenticate/jwtToken");
    }

    private static int postCount() throws Exception {
        return data(forum, "{ allPosts { totalCount } }", ANONYMOUS).at("/allPosts/totalCount").asInt();
    }

    private static int personCount() throws Exception {
        return data(forum, "{ allPeople { totalCount } }", ANONYMOUS).at("/allPeople/totalCount").asInt();
    }

    private static JsonNode execute(RequestExecutor service, String query, Map<String, String> settings)
            throws Exception {
        return JSON.valueToTree(service.execute(new GraphQLRequest(query, null, null), settings).toSpecification());
    }

    /** The data of a response that must have no errors. */
    private static JsonNode data(RequestExecutor service, String query, Map<String, String> settings)
            throws Exception {
        JsonNode response = execute(service, query, settings);
        assertTrue(response.get("errors") == null, () -> "errors: " + response.get("errors"));
        return response.get("data");
    }

    private static void assertError(JsonNode response, String message, String field) {
        assertEquals(message, response.at("/errors/0/message").asText(), response::toString);
        assertEquals("[\"" + field + "\"]", response.at("/errors/0/path").toString());
        assertFalse(response.at("/errors/0/locations/0/line").isMissingNode());
        assertTrue(response.at("/data/" + field).isNull());
    }

    private static String decode(String base64) {
        return new String(java.util.Base64.getDecoder().decode(base64), java.nio.charset.StandardCharsets.UTF_8);
    }
}
