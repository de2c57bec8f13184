package dev.strata.exec;

import dev.strata.boot.EmbeddedForumDatabase;
import dev.strata.it.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * PostGraphile 4's answers on {@code ddl/test/enum_tables.sql}, recorded under
 * {@code src/test/resources/golden-enum-tables/} (format: its README), are Strata's: columns with a foreign key to an
 * enum table read, filter, order, create and update as enum values.
 */
class EnumTablesAnswersTest {

    private static EmbeddedForumDatabase database;

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedForumDatabase.startFresh();
        TestDatabase.runScript(database.superuserDataSource(), "ddl/test/enum_tables.sql");
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @TestFactory
    Stream<DynamicTest> enumTableColumnsAnswerAsPostGraphile4() throws IOException {
        return RecordedAnswers.replay(TestSchemas.serve(database.loginRoleDataSource(), List.of("enum_tables"), ""),
                Path.of("src/test/resources/golden-enum-tables"), "enum-tables");
    }
}
