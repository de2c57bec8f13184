package dev.strata.schema;

import dev.strata.limits.RequestLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.catalog.CatalogOptions;
import dev.strata.exec.SchemaSettings;
import dev.strata.exec.TestSchemas;
import dev.strata.it.TestDatabase;
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
     * Not supported yet (issue #9, docs/COMPATIBILITY.md): a table {@code @omit} leaves out ({@code secret}) keeps
     * its type, columns and computed columns for the functions that return it ({@code secrets},
     * {@code firstSecret}, {@code Secret.codeLength}), as in PostGraphile 4 and 5; but PostGraphile 4 also keeps its
     * node id and its row input {@code SecretInput}, so a function taking its rows ({@code countSecrets}) is served.
     * Strata, as PostGraphile 5, reads a bare {@code @omit} as every option, {@code read} among them, so the type
     * is no node, and the row input is its create mutation's, which the omission removes.
     */
    private static final String OMITTED_TABLE_NOT_A_NODE_NOR_AN_INPUT = """
            missing: Query.countSecrets(secrets: [SecretInput])
            missing: Query.countSecrets: Int
            missing: SecretInput.code: String!
            missing: input SecretInput
            missing: type Secret implements [Node]
            extra: type Secret implements []""";

    /** {@link #OMITTED_TABLE_NOT_A_NODE_NOR_AN_INPUT}'s fields named as PostGraphile 4 names them by default. */
    private static final String OMITTED_TABLE_IDS = """
            missing: Secret.nodeId: ID!
            missing: SecretInput.id: Int!""";

    /** {@link #OMITTED_TABLE_NOT_A_NODE_NOR_AN_INPUT}'s fields named as PostGraphile 4 names them with classic ids. */
    private static final String OMITTED_TABLE_CLASSIC_IDS = """
            missing: Secret.id: ID!
            missing: SecretInput.rowId: Int!""";

    @Test
    void catalogSchemaHasPostGraphile4ShapeServingPartitionsExceptWhatIsPinned() throws Exception {
        assertShape("src/test/resources/golden/catalog-pg4.graphql",
                new SchemaSettings(List.of("catalog"), "", true, JwtType.NONE), GENERATED_COLUMN_NOT_IN_INPUTS,
                OMITTED_TABLE_NOT_A_NODE_NOR_AN_INPUT, OMITTED_TABLE_IDS);
    }

    @Test
    void classicIdsNameTheNodeIdIdAndTheIdColumnRowIdAsPostGraphile4Does() throws Exception {
        assertShape("src/test/resources/golden/catalog-pg4-classic-ids.graphql",
                new SchemaSettings(List.of("catalog"), "", true, JwtType.NONE, CatalogOptions.DEFAULTS, true, List.of(), RequestLimits.DEFAULTS),
                GENERATED_COLUMN_NOT_IN_INPUTS, OMITTED_TABLE_NOT_A_NODE_NOR_AN_INPUT, OMITTED_TABLE_CLASSIC_IDS);
    }

    @Test
    void usePartitionedParentServesTheParentAsPostGraphile4Does() throws Exception {
        assertShape("src/test/resources/golden/catalog-pg4-use-partitioned-parent.graphql",
                new SchemaSettings(List.of("catalog"), "", true, JwtType.NONE, new CatalogOptions(true), false, List.of(), RequestLimits.DEFAULTS),
                GENERATED_COLUMN_NOT_IN_INPUTS, OMITTED_TABLE_NOT_A_NODE_NOR_AN_INPUT, OMITTED_TABLE_IDS);
    }

    /**
     * Not supported yet (docs/COMPATIBILITY.md): with {@code --no-ignore-rbac}, PostGraphile 4 keeps
     * {@code implements Node} on a table no role may read ({@code vault}, without {@code vault(nodeId:)}); Strata
     * infers {@code -type:node} for it, and its behaviors have no way to keep the one without the other.
     */
    private static final String UNREADABLE_TABLE_NOT_A_NODE = """
            missing: Vault.nodeId: ID!
            missing: type Vault implements [Node]
            extra: type Vault implements []""";

    /**
     * With {@code --no-ignore-rbac}, a table no role may read ({@code vault}) keeps its type, columns and computed
     * columns for the functions that return it ({@code vaultContents}), as PostGraphile 4 keeps them.
     */
    @Test
    void noIgnoreRbacKeepsTheTypeOfATableNoRoleMayReadForItsFunctions() throws Exception {
        assertShape("src/test/resources/golden/catalog-pg4-no-ignore-rbac.graphql",
                new SchemaSettings(List.of("catalog"), "", false, JwtType.NONE), GENERATED_COLUMN_NOT_IN_INPUTS,
                OMITTED_TABLE_NOT_A_NODE_NOR_AN_INPUT, OMITTED_TABLE_IDS, UNREADABLE_TABLE_NOT_A_NODE);
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
