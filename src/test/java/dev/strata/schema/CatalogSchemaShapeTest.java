package dev.strata.schema;

import dev.strata.limits.RequestLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.strata.behavior.CollectionShapes;
import dev.strata.catalog.CatalogOptions;
import dev.strata.exec.ErrorFields;
import dev.strata.exec.PostGraphileOptions;
import dev.strata.exec.SchemaSettings;
import dev.strata.exec.TestSchemas;
import dev.strata.it.TestDatabase;
import graphql.schema.GraphQLSchema;
import java.nio.file.Files;
import java.nio.file.Path;
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
        TestDatabase.runScript(TestDatabase.forum().superuserDataSource(), "ddl/test/catalog.sql");
    }

    /**
     * PostGraphile 4 offers a {@code GENERATED ALWAYS AS (...) STORED} column in the create and update inputs, where
     * any value but {@code DEFAULT} makes PostgreSQL refuse the statement; Strata leaves it out, as it does
     * {@code GENERATED ALWAYS AS IDENTITY} columns (which PostGraphile 4 leaves out too).
     */
    private static final String GENERATED_COLUMN_NOT_IN_INPUTS = """
            missing: ItemInput.total: BigFloat
            missing: ItemPatch.total: BigFloat""";

    /**
     * Among the rest: a table a bare {@code @omit} leaves out ({@code secret}) keeps its row type for the functions that
     * return its rows ({@code secrets}, {@code firstSecret}, {@code Secret.codeLength}), a node with its node id but
     * without {@code secret(nodeId:)}, and its row input {@code SecretInput} for the function taking its rows
     * ({@code countSecrets}), as PostGraphile 4 reads the tag.
     */
    @Test
    void catalogSchemaHasPostGraphile4ShapeServingPartitionsExceptWhatIsPinned() throws Exception {
        assertShape("src/test/resources/golden/catalog-pg4.graphql",
                new SchemaSettings(List.of("catalog"), "", true, JwtType.NONE), GENERATED_COLUMN_NOT_IN_INPUTS);
    }

    @Test
    void classicIdsNameTheNodeIdIdAndTheIdColumnRowIdAsPostGraphile4Does() throws Exception {
        assertShape("src/test/resources/golden/catalog-pg4-classic-ids.graphql",
                new SchemaSettings(List.of("catalog"), "", true, JwtType.NONE, CatalogOptions.DEFAULTS, true, List.of(), RequestLimits.DEFAULTS),
                GENERATED_COLUMN_NOT_IN_INPUTS);
    }

    @Test
    void usePartitionedParentServesTheParentAsPostGraphile4Does() throws Exception {
        assertShape("src/test/resources/golden/catalog-pg4-use-partitioned-parent.graphql",
                new SchemaSettings(List.of("catalog"), "", true, JwtType.NONE, new CatalogOptions(true), false, List.of(), RequestLimits.DEFAULTS),
                GENERATED_COLUMN_NOT_IN_INPUTS);
    }

    /**
     * {@code --disable-default-mutations} leaves no create, update or delete mutation but every row input a function
     * takes ({@code shelfLabels(shelves: [ShelfInput])}, {@code addShelves}, {@code countSecrets}), with its columns.
     */
    @Test
    void disableDefaultMutationsKeepsTheRowInputsFunctionsTakeAsPostGraphile4Does() throws Exception {
        assertShape("src/test/resources/golden/catalog-pg4-disable-default-mutations.graphql",
                new SchemaSettings(List.of("catalog"), "", true, JwtType.NONE, CatalogOptions.DEFAULTS, false,
                        List.of(), RequestLimits.DEFAULTS, new PostGraphileOptions(SchemaOptions.DEFAULTS,
                        CollectionShapes.OMIT, false, ErrorFields.NONE)));
    }

    /**
     * A global {@code -insert} (a behavior, as in PostGraphile 5) also takes the columns out of the row inputs, so the
     * functions taking rows go; {@code -resource:insert} removes the create mutations alone (docs/BEHAVIORS.md).
     */
    @Test
    void globalInsertDenialEmptiesRowInputsWhileResourceInsertDenialRemovesOnlyCreateMutations() {
        GraphQLSchema noInsert = TestSchemas.serve(TestDatabase.forum().loginRoleDataSource(), List.of("catalog"),
                "-insert").schema().schema();
        assertNull(noInsert.getQueryType().getFieldDefinition("shelfLabels"));
        GraphQLSchema noCreate = TestSchemas.serve(TestDatabase.forum().loginRoleDataSource(), List.of("catalog"),
                "-resource:insert").schema().schema();
        assertNotNull(noCreate.getQueryType().getFieldDefinition("shelfLabels"));
        assertNull(noCreate.getMutationType().getFieldDefinition("createShelf"));
    }

    /**
     * With {@code --no-ignore-rbac}, a table no role may read ({@code vault}) keeps its type, columns and computed
     * columns for the functions that return it ({@code vaultContents}), a node with its node id but without
     * {@code vault(nodeId:)} or {@code allVaults}, as PostGraphile 4 keeps them.
     */
    @Test
    void noIgnoreRbacKeepsTheTypeOfATableNoRoleMayReadForItsFunctions() throws Exception {
        assertShape("src/test/resources/golden/catalog-pg4-no-ignore-rbac.graphql",
                new SchemaSettings(List.of("catalog"), "", false, JwtType.NONE), GENERATED_COLUMN_NOT_IN_INPUTS);
    }

    private static void assertShape(String golden, SchemaSettings settings, String... deviations) throws Exception {
        String ours = SchemaShape.sdl(TestSchemas.serve(TestDatabase.forum().loginRoleDataSource(), settings)
                .schema().schema());
        // differences() gives the "missing:" lines, then the "extra:" ones, each in the order of the sorted lines
        String expected = java.util.Arrays.stream(deviations).flatMap(String::lines)
                .sorted(java.util.Comparator.comparing((String line) -> line.startsWith("extra:"))
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertEquals(expected, SchemaShape.differences(Files.readString(Path.of(golden)), ours));
    }
}
