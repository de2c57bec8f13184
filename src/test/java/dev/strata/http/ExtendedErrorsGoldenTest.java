package dev.strata.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.behavior.CollectionShapes;
import dev.strata.boot.EmbeddedForumDatabase;
import dev.strata.catalog.CatalogOptions;
import dev.strata.exec.ErrorFields;
import dev.strata.exec.GraphQLRequest;
import dev.strata.exec.PostGraphileOptions;
import dev.strata.exec.RequestExecutor;
import dev.strata.exec.SchemaSettings;
import dev.strata.exec.TestSchemas;
import dev.strata.limits.RequestLimits;
import dev.strata.schema.JwtType;
import dev.strata.schema.SchemaOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * With {@code strata.extended-errors=hint,detail,errcode} the forum's errors are PostGraphile 4's with
 * {@code --extended-errors hint,detail,errcode} ({@code src/test/resources/golden-extended-errors/}, its README):
 * a field's error carries the PostgreSQL error's hint, detail and code in {@code extensions.exception} and at its
 * top level, an error not from PostgreSQL an empty {@code exception} (or PostGraphile 4's code for it), request
 * errors nothing.
 */
class ExtendedErrorsGoldenTest {

    private static final Path CASES = Path.of("src/test/resources/golden-extended-errors");
    private static final Map<String, String> ANONYMOUS = Map.of("role", "forum_example_anonymous");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedForumDatabase database;
    private static RequestExecutor forum;

    @BeforeAll
    static void start() {
        database = EmbeddedForumDatabase.startFresh();
        forum = TestSchemas.serve(database.loginRoleDataSource(), new SchemaSettings(
                List.of("forum_example"), "", true, new JwtType("forum_example.jwt_token", claims -> "token"),
                CatalogOptions.DEFAULTS, false, List.of(), RequestLimits.DEFAULTS, new PostGraphileOptions(
                SchemaOptions.DEFAULTS, CollectionShapes.OMIT, true, ErrorFields.of("hint,detail,errcode"))));
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @TestFactory
    Stream<DynamicTest> errorsCarryPostgresFieldsAsPostGraphile4ExtendedErrors() throws IOException {
        RequestExecutor forum = TestSchemas.serve(database.loginRoleDataSource(), new SchemaSettings(
                List.of("forum_example"), "", true, new JwtType("forum_example.jwt_token", claims -> "token"),
                CatalogOptions.DEFAULTS, false, List.of(), RequestLimits.DEFAULTS, new PostGraphileOptions(
                SchemaOptions.DEFAULTS, CollectionShapes.OMIT, true, ErrorFields.of("hint,detail,errcode"))));
        return GoldenCases.of(CASES, forum, ANONYMOUS);
    }

    /**
     * A document that does not validate, or variables that do not coerce, get errors with the keys PostGraphile 4's
     * have ({@code request-errors/}): no PostgreSQL fields, no extensions. (Their messages are graphql-java's.)
     */
    @Test
    void requestErrorsCarryNoFieldsAsInPostGraphile4() throws Exception {
        for (String name : List.of("060_validationErrorCarriesNothing", "070_variableErrorCarriesNothing")) {
            Path cases = CASES.resolve("request-errors");
            Path variables = cases.resolve(name + ".variables.json");
            String answer = ResponseBody.json(forum.execute(new GraphQLRequest(
                    Files.readString(cases.resolve(name + ".graphql")), null,
                    Files.exists(variables) ? JSON.readValue(variables.toFile(), Map.class) : null), ANONYMOUS));
            assertEquals(errorKeys(JSON.readTree(cases.resolve(name + ".json").toFile()).get("body")),
                    errorKeys(JSON.readTree(answer)), name);
        }
    }

    private static List<List<String>> errorKeys(JsonNode body) {
        List<List<String>> keys = new ArrayList<>();
        body.get("errors").forEach(error -> {
            List<String> names = new ArrayList<>();
            error.fieldNames().forEachRemaining(names::add);
            keys.add(names);
        });
        return keys;
    }
}
