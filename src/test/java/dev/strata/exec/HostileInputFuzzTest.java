package dev.strata.exec;

import dev.strata.catalog.CatalogOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.boot.EmbeddedForumDatabase;
import dev.strata.limits.RequestLimits;
import dev.strata.schema.JwtType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A seeded, deterministic fuzzer of the whole request path below HTTP (limits, graphql-java, the compiler, SQL on a
 * private forum database, identity settings): valid documents with random arguments, mutated bytes, wrong variable
 * types, huge numbers, deep nesting, invalid cursors and node ids, SQL metacharacters in every argument, condition,
 * orderBy, cursor, node id and JWT claim. No request may fail as a whole (the HTTP layer would answer 500), and no
 * error may carry a stack trace, SQL text or a Java class name.
 */
class HostileInputFuzzTest {

    private static final int CASES = 10_000;
    private static final long SEED = 15;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LEAK = Pattern.compile("Exception|java\\.|javax\\.|dev\\.strata|graphql\\.|org\\."
            + "|com\\.fasterxml|\\tat |json_build_object|select \\(|coalesce\\(|row_number\\("
            + "|\\b(?:Int|Float|String|Boolean|Enum|Object|Array|Null)Value\\b|LinkedHashMap|ArrayList"
            + "|'(?:Integer|Double|Long|BigInteger|BigDecimal)'|keyboard_kitten");
    private static final String[] NASTY = {"'", "''", "\"", "\\", "'; drop table forum_example.post; --", "%", "_",
        "$1", "?", "::text", "/*", "*/", "--", ";", "\u0000", "\\x00", "' or '1'='1", "E'\\\\'", "$$", "$tag$",
        "null", "NULL", "\u202e", "ünï©ødé", "🙂", "a".repeat(300), "\n", "\r\n", "\t", "{}", "[]", "1e309",
        "-0", "NaN", "Infinity", "9223372036854775808", "-2147483649"};
    private static final String[] NUMBERS = {"0", "1", "-1", "2", "7", "100", "2147483647", "-2147483648",
        "2147483648", "99999999999999999999", "1.5", "-0", "1e3", "0x10"};
    private static final String[] ORDERS = {"PRIMARY_KEY_ASC", "PRIMARY_KEY_DESC", "NATURAL", "ID_DESC",
        "HEADLINE_ASC", "CREATED_AT_DESC", "AUTHOR_ID_ASC", "TOPIC_DESC", "DROP_TABLE", "\"ID_ASC\"", "[ID_ASC, 1]"};
    private static final String[] TEMPLATES = {
        "{ allPosts(first: %N, offset: %N, orderBy: %O) { totalCount nodes { id headline topic } } }",
        "{ allPosts(first: %N, after: %S) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }",
        "{ allPosts(last: %N, before: %S, orderBy: [%O, %O]) { nodes { nodeId summary(length: %N) } } }",
        "{ allPosts(condition: { authorId: %N, headline: %S, topic: %T }) { nodes { id } } }",
        "{ allPeople(condition: { firstName: %S }, first: %N) { nodes { id fullName latestPost { id } } } }",
        "{ postById(id: %N) { id headline personByAuthorId { firstName } } }",
        "{ post(nodeId: %S) { id } person(nodeId: %S) { id } }",
        "{ node(nodeId: %S) { nodeId ... on Post { id } ... on Person { id } } }",
        "{ searchPosts(search: %S, first: %N) { totalCount nodes { id } } }",
        "{ personById(id: %N) { postsByAuthorId(first: %N, after: %S) { totalCount nodes { id } } } }",
        "mutation { createPost(input: { post: { authorId: %N, headline: %S, body: %S, topic: %T } }) { post { id } } }",
        "mutation { updatePostById(input: { id: %N, postPatch: { headline: %S } }) { post { id } } }",
        "mutation { deletePost(input: { nodeId: %S }) { deletedPostId } }",
        "mutation { registerPerson(input: { firstName: %S, lastName: %S, email: %S, password: %S }) { person { id } } }",
        "mutation { authenticate(input: { email: %S, password: %S }) { jwtToken } }",
        "{ currentPerson { id } query { allPosts(first: %N) { nodes { id } } } }",
    };
    private static final String VARIABLE_DOCUMENT = "query($n: Int, $s: String, $c: Cursor, $id: ID!, $o: [PostsOrderBy!],"
            + " $cond: PostCondition) { allPosts(first: $n, after: $c, orderBy: $o, condition: $cond) { nodes { id } }"
            + " node(nodeId: $id) { nodeId } searchPosts(search: $s, first: $n) { totalCount } }";
    private static final String[] ROLES = {"forum_example_anonymous", "forum_example_person"};

    private static EmbeddedForumDatabase database;
    private static OneConnectionDataSource pool;
    private static RequestExecutor forum;

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedForumDatabase.startFresh();
        pool = new OneConnectionDataSource(database.loginRoleDataSource());
        forum = TestSchemas.serve(pool, new SchemaSettings(List.of("forum_example"), "", false, JwtType.NONE, CatalogOptions.DEFAULTS, false, List.of(),
                new RequestLimits(16, 5_000_000, 1000, 1000, 100, 1_000_000, true, "2s", "off")));
    }

    @AfterAll
    static void stop() throws Exception {
        pool.close();
        database.close();
    }

    @Test
    void tenThousandHostileRequestsGiveNoFailureAndNoLeak() throws Exception {
        Random random = new Random(SEED);
        List<String> leaks = new ArrayList<>();
        int errors;
        List<LogRecord> logged;
        try (CapturedLog log = new CapturedLog("")) {
            errors = fuzz(random, leaks);
            logged = log.records();
        }
        assertEquals(List.of(), leaks);
        assertTrue(errors > CASES / 2, "the fuzzer should mostly produce refusals, got " + errors + " errors");
        for (LogRecord record : logged) {
            String text = record.getMessage() + " " + record.getThrown();
            assertTrue(!text.contains("keyboard_kitten") && (record.getLevel().intValue() < Level.SEVERE.intValue()
                    || text.contains("correlation id")), text);
        }
    }

    /** Runs the cases; gives the number of errors, collecting (at most 20) that leak. */
    private static int fuzz(Random random, List<String> leaks) throws Exception {
        int errors = 0;
        for (int i = 0; i < CASES; i++) {
            GraphQLRequest request = request(random, i);
            ExecutionResult result = forum.execute(request, identity(random));
            for (GraphQLError error : result.getErrors()) {
                errors++;
                // What the HTTP answer carries of an error (ResponseBody): its message and its own extensions.
                String text = error.getMessage() + " " + error.getExtensions();
                if (LEAK.matcher(text).find() && leaks.size() < 20) {
                    leaks.add(request.query() + " -> " + text);
                }
            }
        }
        return errors;
    }

    private static GraphQLRequest request(Random random, int i) {
        return switch (i % 5) {
            case 0, 1 -> new GraphQLRequest(fill(TEMPLATES[random.nextInt(TEMPLATES.length)], random), null, null);
            case 2 -> new GraphQLRequest(mutate(fill(TEMPLATES[random.nextInt(TEMPLATES.length)], random), random),
                    null, null);
            case 3 -> new GraphQLRequest(VARIABLE_DOCUMENT, null, variables(random));
            default -> new GraphQLRequest(deep(random), null, null);
        };
    }

    /** A template with each placeholder replaced by a random, often hostile, literal. */
    private static String fill(String template, Random random) {
        StringBuilder document = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < template.length()) {
                char kind = template.charAt(++i);
                document.append(switch (kind) {
                    case 'N' -> random.nextInt(5) == 0 ? quoted(pick(NASTY, random)) : pick(NUMBERS, random);
                    case 'S' -> random.nextInt(6) == 0 ? pick(NUMBERS, random) : quoted(stringValue(random));
                    case 'O' -> pick(ORDERS, random);
                    case 'T' -> random.nextBoolean() ? "SHOWCASE" : pick(new String[] {"INSPIRATION", "drop", "null",
                        quoted("'"), "1"}, random);
                    default -> String.valueOf(kind);
                });
            } else {
                document.append(c);
            }
        }
        return document.toString();
    }

    private static String stringValue(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> pick(NASTY, random);
            case 1 -> base64("[\"" + pick(new String[] {"posts", "people", "Post", "x"}, random) + "\","
                    + pick(NUMBERS, random) + "]");
            case 2 -> base64("[\"natural\"," + pick(NUMBERS, random) + "]");
            default -> base64(pick(NASTY, random));
        };
    }

    /** Random byte-level damage: replaced, inserted and deleted characters. */
    private static String mutate(String document, Random random) {
        StringBuilder damaged = new StringBuilder(document);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && damaged.length() > 0; e++) {
            int at = random.nextInt(damaged.length());
            char junk = "{}()[]:$!@#\"'\\.,;=|&\u0000\u00ff".charAt(random.nextInt(22));
            switch (random.nextInt(3)) {
                case 0 -> damaged.setCharAt(at, junk);
                case 1 -> damaged.insert(at, junk);
                default -> damaged.deleteCharAt(at);
            }
        }
        return damaged.toString();
    }

    /** Variables of every wrong type for a document that declares them. */
    private static Map<String, Object> variables(Random random) {
        Object[] values = {null, 1, -1, 2147483647, Long.MAX_VALUE, 1e300, "1", pick(NASTY, random),
            base64(pick(NASTY, random)), List.of(1, "x"), Map.of("authorId", "x'"), Map.of("headline", pick(NASTY,
                random)), List.of("ID_DESC"), List.of("NOPE'"), true, Map.of()};
        Map<String, Object> variables = new LinkedHashMap<>();
        for (String name : new String[] {"n", "s", "c", "id", "o", "cond"}) {
            if (random.nextInt(4) != 0) {
                variables.put(name, values[random.nextInt(values.length)]);
            }
        }
        return variables;
    }

    /** Nesting deeper than any limit, as relations or as bare braces. */
    private static String deep(Random random) {
        int depth = 1 + random.nextInt(40);
        if (random.nextInt(3) == 0) {
            return "{".repeat(depth) + " id " + "}".repeat(random.nextInt(depth + 1));
        }
        StringBuilder document = new StringBuilder("{ allPeople { nodes { ");
        for (int i = 0; i < depth; i++) {
            document.append(i % 2 == 0 ? "postsByAuthorId { nodes { " : "personByAuthorId { ");
        }
        document.append("id");
        for (int i = 0; i < depth; i++) {
            document.append(i % 2 == 0 ? " } }" : " }");
        }
        return document.append(" } } }").toString();
    }

    /** The role and claims of a random caller: no token, or claims with hostile values. */
    private static Map<String, String> identity(Random random) {
        if (random.nextBoolean()) {
            return Map.of("role", ROLES[0]);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("role", pick(ROLES, random));
        settings.put("jwt.claims.person_id", random.nextBoolean() ? pick(NUMBERS, random) : pick(NASTY, random));
        settings.put("jwt.claims.x'; reset role; --", pick(NASTY, random));
        return settings;
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
