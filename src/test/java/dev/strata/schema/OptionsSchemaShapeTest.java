package dev.strata.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.behavior.CollectionShapes;
import dev.strata.boot.EmbeddedForumDatabase;
import dev.strata.catalog.CatalogOptions;
import dev.strata.exec.ErrorFields;
import dev.strata.exec.PostGraphileOptions;
import dev.strata.exec.SchemaSettings;
import dev.strata.exec.TestSchemas;
import dev.strata.it.TestDatabase;
import dev.strata.limits.RequestLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostGraphile 4's options that change the schema's shape give the shape PostGraphile 4 gives with them, descriptions
 * aside, on the forum with {@code ddl/test/simple_collections.sql}'s tags (post: {@code @simpleCollections omit},
 * searchPosts: {@code both}, person left to the option); goldens {@code src/test/resources/golden/forum-tagged-pg4-*}.
 */
class OptionsSchemaShapeTest {

    private static final JwtType JWT = new JwtType("forum_example.jwt_token", claims -> "token");

    private static EmbeddedForumDatabase database;

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedForumDatabase.startFresh();
        TestDatabase.runScript(database.superuserDataSource(), "ddl/test/simple_collections.sql");
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void simpleCollectionsOmitServesConnectionsButWhereATagAsksForLists() throws Exception {
        assertShape("simple-collections-omit", options(true, CollectionShapes.OMIT, true));
    }

    @Test
    void simpleCollectionsBothServesListsBesideConnectionsButWhereATagSaysOtherwise() throws Exception {
        assertShape("simple-collections-both", options(true, CollectionShapes.BOTH, true));
    }

    @Test
    void simpleCollectionsOnlyServesListsButWhereATagSaysOtherwise() throws Exception {
        assertShape("simple-collections-only", options(true, CollectionShapes.ONLY, true));
    }

    @Test
    void noSetofFunctionsContainNullsMakesTheRowsOfConnectionsAndFunctionListsNonNull() throws Exception {
        assertShape("no-setof-functions-contain-nulls", options(false, CollectionShapes.OMIT, true));
    }

    @Test
    void disableDefaultMutationsLeavesOnlyMutationFunctions() throws Exception {
        assertShape("disable-default-mutations", options(true, CollectionShapes.OMIT, false));
    }

    private static PostGraphileOptions options(boolean setofFunctionsContainNulls, CollectionShapes collections,
                                               boolean defaultMutations) {
        return new PostGraphileOptions(new SchemaOptions(false, setofFunctionsContainNulls), collections,
                defaultMutations, ErrorFields.NONE);
    }

    private static void assertShape(String option, PostGraphileOptions options) throws Exception {
        String ours = SchemaShape.sdl(TestSchemas.serve(database.loginRoleDataSource(),
                new SchemaSettings(List.of("forum_example"), "", true, JWT, CatalogOptions.DEFAULTS, false, List.of(),
                        RequestLimits.DEFAULTS, options)).schema().schema());
        String golden = Files.readString(Path.of("src/test/resources/golden/forum-tagged-pg4-" + option + ".graphql"));
        assertEquals("", SchemaShape.differences(golden, ours));
    }
}
