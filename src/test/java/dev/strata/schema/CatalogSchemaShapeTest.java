package dev.strata.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.exec.SchemaSettings;
import dev.strata.exec.TestSchemas;
import dev.strata.it.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schema of {@code ddl/test/catalog.sql} (views, materialized views, identity and generated columns, a table
 * without a primary key, composite and multi-column unique keys, {@code @foreignKey} on a view, functions) has the
 * shape PostGraphile 4 gives it, descriptions aside (golden: {@code src/test/resources/golden/catalog-pg4*.graphql}).
 */
class CatalogSchemaShapeTest {

    @BeforeAll
    static void load() throws Exception {
        try (Connection connection = TestDatabase.forum().superuserDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(Files.readString(Path.of("ddl/test/catalog.sql")));
        }
    }

    /**
     * PostGraphile 4 offers a {@code GENERATED ALWAYS AS (...) STORED} column in the create and update inputs, where
     * any value but {@code DEFAULT} makes PostgreSQL refuse the statement; Strata leaves it out, as it does
     * {@code GENERATED ALWAYS AS IDENTITY} columns (which PostGraphile 4 leaves out too).
     */
    private static final String GENERATED_COLUMN_NOT_IN_INPUTS = """
            missing: ItemInput.total: BigFloat
            missing: ItemPatch.total: BigFloat""";

    @Test
    void catalogSchemaHasPostGraphile4ShapeExceptGeneratedColumnsInInputs() throws Exception {
        assertShape("src/test/resources/golden/catalog-pg4.graphql",
                new SchemaSettings(List.of("catalog"), "", true, JwtType.NONE), GENERATED_COLUMN_NOT_IN_INPUTS);
    }

    private static void assertShape(String golden, SchemaSettings settings, String deviations) throws Exception {
        String ours = SchemaShape.sdl(TestSchemas.serve(TestDatabase.forum().loginRoleDataSource(), settings)
                .schema().schema());
        assertEquals(deviations, SchemaShape.differences(Files.readString(Path.of(golden)), ours));
    }
}
