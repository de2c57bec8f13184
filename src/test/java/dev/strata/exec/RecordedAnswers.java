package dev.strata.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Replays PostGraphile 4's recorded answers: each {@code <name>.graphql} of a folder, in file-name order, is sent to
 * a served schema as the default role, and Strata's answer must equal the {@code body} of {@code <name>.json}.
 */
public final class RecordedAnswers {

    private static final Map<String, String> DEFAULT_ROLE = Map.of("role", "forum_example_anonymous");
    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordedAnswers() {
    }

    /** One test per document of {@code folder}, named {@code <label>/<file>}. */
    public static Stream<DynamicTest> replay(RequestExecutor service, Path folder, String label) throws IOException {
        List<Path> documents;
        try (Stream<Path> files = Files.list(folder)) {
            documents = files.filter(file -> file.toString().endsWith(".graphql")).sorted().toList();
        }
        return documents.stream().map(document -> DynamicTest.dynamicTest(label + "/" + document.getFileName(),
                () -> assertAnswer(service, document)));
    }

    private static void assertAnswer(RequestExecutor service, Path document) throws Exception {
        JsonNode expected = JSON.readTree(Files.readString(Path.of(document.toString()
                .replaceFirst("\\.graphql$", ".json")))).get("body");
        JsonNode actual = JSON.valueToTree(service.execute(
                new GraphQLRequest(Files.readString(document), null, null), DEFAULT_ROLE).toSpecification());
        assertEquals(expected.toPrettyString(), actual.toPrettyString());
    }
}
