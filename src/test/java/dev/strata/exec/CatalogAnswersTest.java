package dev.strata.exec;

import dev.strata.it.TestDatabase;
import dev.strata.limits.RequestLimits;
import dev.strata.boot.EmbeddedForumDatabase;
import dev.strata.catalog.CatalogOptions;
import dev.strata.schema.JwtType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * PostGraphile 4's answers on {@code ddl/test/catalog.sql}, recorded under {@code src/test/resources/golden-catalog/}
 * (format: its README), are Strata's: {@code default/} with PostGraphile 4's default options, then
 * {@code classic-ids/} with {@code --classic-ids}, then {@code no-ignore-rbac/} with {@code --no-ignore-rbac}, in
 * file-name order on one database, as the default role.
 */
class CatalogAnswersTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden-catalog");

    private static EmbeddedForumDatabase database;

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedForumDatabase.startFresh();
        TestDatabase.runScript(database.superuserDataSource(), "ddl/test/catalog.sql");
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @TestFactory
    Stream<DynamicTest> catalogFeaturesAnswerAsPostGraphile4() throws IOException {
        return Stream.of(cases("default", true, false), cases("classic-ids", true, true),
                cases("no-ignore-rbac", false, false)).flatMap(cases -> cases);
    }

    private static Stream<DynamicTest> cases(String options, boolean ignoreRbac, boolean classicIds)
            throws IOException {
        RequestExecutor service = TestSchemas.serve(database.loginRoleDataSource(),
                new SchemaSettings(List.of("catalog"), "", ignoreRbac, JwtType.NONE, CatalogOptions.DEFAULTS, classicIds,
                        List.of(), RequestLimits.DEFAULTS));
        return RecordedAnswers.replay(service, GOLDEN.resolve(options), options);
    }
}
