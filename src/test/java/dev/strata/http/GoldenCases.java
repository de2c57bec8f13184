package dev.strata.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.exec.GraphQLRequest;
import dev.strata.exec.RequestExecutor;
import graphql.ExecutionResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Recorded PostGraphile 4 answers replayed without a server: every {@code <name>.graphql} of a directory (with its
 * {@code <name>.variables.json}, if any), in file-name order, as the given role; the status and body the HTTP
 * endpoint would answer ({@link ResponseBody}) must equal the recorded {@code <name>.json}
 * ({@code {"status": …, "body": …}}). On a difference the answer is written to {@code target/<directory>.actual/}.
 */
final class GoldenCases {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldenCases() {
    }

    static Stream<DynamicTest> of(Path directory, RequestExecutor service, Map<String, String> role)
            throws IOException {
        List<Path> documents;
        try (Stream<Path> files = Files.list(directory)) {
            documents = files.filter(file -> file.toString().endsWith(".graphql")).sorted().toList();
        }
        Path actualAnswers = Path.of("target", directory.getFileName() + ".actual");
        return documents.stream().map(document -> {
            String name = document.getFileName().toString().replace(".graphql", "");
            return DynamicTest.dynamicTest(directory.getFileName() + "/" + name, () -> {
                JsonNode expected = JSON.readTree(directory.resolve(name + ".json").toFile());
                Path variables = directory.resolve(name + ".variables.json");
                ExecutionResult result = service.execute(new GraphQLRequest(Files.readString(document), null,
                        Files.exists(variables) ? JSON.readValue(variables.toFile(), Map.class) : null), role);
                JsonNode actual = JSON.readTree(ResponseBody.json(result));
                assertEquals(expected.get("status").asInt(), ResponseBody.status(result), name + ": status");
                if (!expected.get("body").equals(actual)) {
                    Files.createDirectories(actualAnswers);
                    Files.writeString(actualAnswers.resolve(name + ".json"), actual.toPrettyString());
                    assertEquals(expected.get("body").toPrettyString(), actual.toPrettyString(),
                            name + ", see " + actualAnswers);
                }
            });
        });
    }
}
