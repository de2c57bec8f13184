package dev.strata.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * Golden API tests: every case under {@code src/test/resources/golden/} is sent to the running server as
 * {@code POST /graphql} and its answer compared with the recorded one (status, and the body as a JSON tree).
 *
 * <p>A case {@code <name>} is the file {@code <name>.json} = {@code {"status": N, "body": <expected body>}}
 * (the body is a JSON string when the answer was not JSON), with the request in {@code <name>.http} (the raw
 * request body, sent byte for byte) or else {@code <name>.graphql} (+ optional {@code <name>.variables.json}),
 * sent as {@code {"query": ..., "variables": ...}} with {@code content-type: application/json}. With a
 * {@code <name>.claims.json}, the request carries {@code authorization: Bearer <those claims signed HS256>}.
 * Other {@code <name>.<part>.json} files are a case's parts, not cases.
 *
 * <p>Cases under {@code document-errors/} are compared by their {@link DocumentErrorShape}, since their
 * messages are worded by graphql-java, not graphql-js.
 *
 * <p>Order: the cases of {@code read/} first (they expect the demo data as loaded), then every other case
 * in path order (a directory such as {@code mutation/} is a numbered sequence that changes the data and
 * ends by checking it is as loaded again).
 */
class GoldenIT {

    private static final String EXPECTED = ".json";
    private static final String VARIABLES = ".variables.json";
    private static final String CLAIMS = ".claims.json";
    private static final String READ_FIRST = "read";
    private static final String DOCUMENT_ERRORS = "document-errors";

    static Path goldenDir() {
        return Path.of(System.getProperty("strata.it.golden.dir", "src/test/resources/golden"));
    }

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        Path root = goldenDir();
        List<Path> bases;
        try (Stream<Path> files = Files.walk(root)) {
            bases = files
                    .filter(Files::isRegularFile)
                    .map(GoldenIT::caseBase)
                    .filter(Objects::nonNull)
                    .sorted(Comparator.comparing((Path base) -> !root.relativize(base).startsWith(READ_FIRST))
                            .thenComparing(Comparator.naturalOrder()))
                    .toList();
        }
        return bases.stream().map(base -> {
            String name = root.relativize(base).toString();
            return DynamicTest.dynamicTest(name, requestFile(base).toUri(), () -> check(name, base));
        });
    }

    /**
     * The case a file stands for ({@code <name>.json} → {@code <name>}), or null: not JSON, or a part of a
     * case ({@code <name>.<part>.json}) when a request file for {@code <name>.<part>} does not exist.
     */
    private static Path caseBase(Path file) {
        String fileName = file.getFileName().toString();
        if (!fileName.endsWith(EXPECTED)) {
            return null;
        }
        Path base = file.resolveSibling(fileName.substring(0, fileName.length() - EXPECTED.length()));
        boolean hasRequest = Files.exists(sibling(base, ".graphql")) || Files.exists(sibling(base, ".http"));
        boolean looksLikePart = base.getFileName().toString().contains(".");
        return hasRequest || !looksLikePart ? base : null;
    }

    /** The file that defines the request: {@code .http} if present, else {@code .graphql}. */
    private static Path requestFile(Path base) {
        Path http = sibling(base, ".http");
        return Files.exists(http) ? http : sibling(base, ".graphql");
    }

    private static void check(String name, Path base) throws IOException {
        Path expectedFile = sibling(base, EXPECTED);
        String body = requestBody(name, base);
        Path claims = sibling(base, CLAIMS);
        String token = Files.exists(claims) ? StrataServer.signJwt(StrataServer.JSON.readTree(claims.toFile())) : null;
        JsonNode expected = StrataServer.JSON.readTree(expectedFile.toFile());
        StrataServer.Response response = StrataServer.postGraphql(body, token);

        ObjectNode actual = StrataServer.JSON.createObjectNode();
        actual.put("status", response.status());
        actual.set("body", parseOrText(response.body()));
        boolean same = name.startsWith(DOCUMENT_ERRORS + "/")
                ? DocumentErrorShape.of(expected).equals(DocumentErrorShape.of(actual))
                : expected.equals(actual);
        if (!same) {
            String want = pretty(expected);
            String got = pretty(actual);
            throw new AssertionFailedError("golden case " + name + " (" + expectedFile + ")\n"
                    + "request: " + body + (token == null ? "" : "\nclaims: " + Files.readString(claims).strip())
                    + "\nexpected:\n" + want + "\nactual:\n" + got, want, got);
        }
    }

    private static String requestBody(String name, Path base) throws IOException {
        Path http = sibling(base, ".http");
        if (Files.exists(http)) {
            return Files.readString(http, StandardCharsets.UTF_8);
        }
        Path graphql = sibling(base, ".graphql");
        if (!Files.exists(graphql)) {
            throw new AssertionFailedError("golden case " + name + " has neither " + http.getFileName()
                    + " nor " + graphql.getFileName());
        }
        ObjectNode request = StrataServer.JSON.createObjectNode();
        request.put("query", Files.readString(graphql, StandardCharsets.UTF_8));
        Path variables = sibling(base, VARIABLES);
        if (Files.exists(variables)) {
            request.set("variables", StrataServer.JSON.readTree(variables.toFile()));
        }
        return StrataServer.JSON.writeValueAsString(request);
    }

    private static JsonNode parseOrText(String body) {
        try {
            JsonNode node = StrataServer.JSON.readTree(body);
            return node == null || node.isMissingNode() ? TextNode.valueOf(body) : node;
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(body);
        }
    }

    private static String pretty(JsonNode node) {
        try {
            return StrataServer.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path sibling(Path base, String suffix) {
        return base.resolveSibling(base.getFileName() + suffix);
    }
}
