package dev.strata.http;

import dev.strata.behavior.CollectionShapes;
import dev.strata.boot.EmbeddedForumDatabase;
import dev.strata.catalog.CatalogOptions;
import dev.strata.exec.ErrorFields;
import dev.strata.exec.PostGraphileOptions;
import dev.strata.exec.SchemaSettings;
import dev.strata.limits.RequestLimits;
import dev.strata.schema.JwtType;
import dev.strata.schema.SchemaOptions;
import dev.strata.exec.RequestExecutor;
import dev.strata.exec.TestSchemas;
import dev.strata.it.TypeZoo;
import java.io.IOException;
import java.nio.file.Path;
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
 * would answer ({@link ResponseBody}) must equal PostGraphile 4's. Then, on the same database, the cases under
 * {@code src/test/resources/golden-types-dynamic-json/}: PostGraphile 4's answers with {@code --dynamic-json}
 * (JSON values read, compared, given as literals and variables, and written as JSON, not as text).
 */
class TypeZooGoldenTest {

    private static final Path CASES = Path.of("src/test/resources/golden-types");
    private static final Path DYNAMIC_JSON_CASES = Path.of("src/test/resources/golden-types-dynamic-json");
    private static final Map<String, String> ANONYMOUS = Map.of("role", "forum_example_anonymous");

    private static EmbeddedForumDatabase database;
    private static RequestExecutor types;
    private static RequestExecutor dynamicJson;

    @BeforeAll
    static void start() {
        database = EmbeddedForumDatabase.startFresh();
        TypeZoo.loadInto(database.superuserDataSource());
        types = TestSchemas.serve(database.loginRoleDataSource(), List.of(TypeZoo.SCHEMA), "");
        dynamicJson = TestSchemas.serve(database.loginRoleDataSource(), new SchemaSettings(List.of(TypeZoo.SCHEMA), "",
                true, JwtType.NONE, CatalogOptions.DEFAULTS, false, List.of(), RequestLimits.DEFAULTS,
                new PostGraphileOptions(new SchemaOptions(true, true), CollectionShapes.OMIT, true, ErrorFields.NONE)));
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @TestFactory
    Stream<DynamicTest> everyCaseAnswersAsPostGraphile4() throws IOException {
        return Stream.concat(GoldenCases.of(CASES, types, ANONYMOUS),
                GoldenCases.of(DYNAMIC_JSON_CASES, dynamicJson, ANONYMOUS));
    }
}
