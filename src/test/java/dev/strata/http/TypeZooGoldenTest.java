package dev.strata.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.boot.EmbeddedForumDatabase;
import dev.strata.exec.GraphQLRequest;
import dev.strata.exec.RequestExecutor;
import dev.strata.exec.TestSchemas;
import graphql.ExecutionResult;
import dev.strata.it.TypeZoo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The type zoo's golden cases ({@code src/test/resources/golden-types/}, PostGraphile 4's answers on
 * {@code ddl/test/types.sql}): reading every type, ordering and conditions on each, function arguments and results
 * of every kind, and writing every type through create, update and a mutation function. They run in file-name
 * order on one fresh database, anonymously (the tutorial's default role); the status and body the HTTP endpoint
 * would answer ({@link ResponseBody}) must equal PostGraphile 4's.
 */
class TypeZooGoldenTest {

    private static final Path CASES = Path.of("src/test/resources/golden-types");
    private static final Path ACTUAL = Path.of("target/golden-types.actual");
    private static final Map<String, String> ANONYMOUS = Map.of("role", "forum_example_anonymous");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** JSON numbers compare by value: graphql-java writes the Float 30 as {@code 30.0}, graphql-js as {@code 30}. */
    private static final Comparator<JsonNode> SAME_NUMBER = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    private static EmbeddedForumDatabase database;
    private static RequestExecutor types;

    @BeforeAll
    static void start() {
        database = EmbeddedForumDatabase.startFresh();
        TypeZoo.loadInto(database.superuserDataSource());
        types = TestSchemas.serve(database.loginRoleDataSource(), List.of(TypeZoo.SCHEMA), "");
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @TestFactory
    Stream<DynamicTest> everyCaseAnswersAsPostGraphile4() throws IOException {
        List<Path> documents;
        try (Stream<Path> files = Files.list(CASES)) {
            documents = files.filter(file -> file.toString().endsWith(".graphql")).sorted().toList();
        }
        return documents.stream().map(document -> {
            String name = document.getFileName().toString().replace(".graphql", "");
            return DynamicTest.dynamicTest(name, () -> {
                JsonNode expected = JSON.readTree(CASES.resolve(name + ".json").toFile());
                ExecutionResult result = types.execute(new GraphQLRequest(Files.readString(document), null, null),
                        ANONYMOUS);
                JsonNode actual = JSON.readTree(ResponseBody.json(result));
                assertEquals(expected.get("status").asInt(), ResponseBody.status(result), name + ": status");
                if (!expected.get("body").equals(SAME_NUMBER, actual)) {
                    Files.createDirectories(ACTUAL);
                    Files.writeString(ACTUAL.resolve(name + ".json"), actual.toPrettyString());
                    assertEquals(expected.get("body").toPrettyString(), actual.toPrettyString(),
                            name + ", see " + ACTUAL);
                }
            });
        });
    }
}
