package dev.strata.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.boot.EmbeddedForumDatabase;
import dev.strata.exec.RequestExecutor;
import dev.strata.exec.SchemaSettings;
import dev.strata.exec.TestSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forum schema, generated with no smart tags and the tutorial's configuration (its JWT type), has exactly the
 * shape PostGraphile 4 gives it (types, fields, arguments and defaults, enum values, input fields), descriptions
 * aside: showing everything, as PostGraphile 4 does by default ({@code strata.ignore-rbac=true}), and leaving out
 * what no role may use, as PostGraphile 4 does with {@code --no-ignore-rbac} (Strata's default).
 */
class ForumSchemaShapeTest {

    private static final JwtType JWT = new JwtType("forum_example.jwt_token", claims -> "token");

    @Test
    void forumSchemaHasPostGraphile4Shape() throws Exception {
        assertShape("src/test/resources/golden/forum-pg4.graphql", true);
    }

    @Test
    void forumSchemaWithoutWhatNoRoleMayUseHasPostGraphile4NoIgnoreRbacShape() throws Exception {
        // e.g. createPerson is gone: no role the login role can become has INSERT on forum_example.person
        assertShape("src/test/resources/golden/forum-pg4-no-ignore-rbac.graphql", false);
    }

    private static void assertShape(String golden, boolean ignoreRbac) throws Exception {
        String ours;
        try (EmbeddedForumDatabase database = EmbeddedForumDatabase.startFresh()) {
            RequestExecutor service = TestSchemas.serve(database.loginRoleDataSource(), new SchemaSettings(List.of("forum_example"), "",
                    ignoreRbac, JWT));
            ours = SchemaShape.sdl(service.schema().schema());
        }
        assertEquals("", SchemaShape.differences(Files.readString(Path.of(golden)), ours));
    }
}
