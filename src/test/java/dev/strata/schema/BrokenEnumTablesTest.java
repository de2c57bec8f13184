package dev.strata.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.exec.GraphQLRequest;
import dev.strata.exec.RequestExecutor;
import dev.strata.exec.TestSchemas;
import dev.strata.it.TestDatabase;
import graphql.schema.GraphQLObjectType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ddl/test/enum_tables_broken.sql}: enum tables PostGraphile 4 refuses to start on (a key of two columns, no
 * rows, a table the login role cannot read) give no enum, with one WARNING each saying why; they are still no
 * tables, the columns referring to them keep their text type, and the rest is served.
 */
class BrokenEnumTablesTest {

    private static List<String> warnings;
    private static RequestExecutor broken;

    @BeforeAll
    static void build() throws Exception {
        TestDatabase.runScript(TestDatabase.forum().superuserDataSource(), "ddl/test/enum_tables_broken.sql");
        LoggedWarnings<RequestExecutor> built = LoggedWarnings.during("dev.strata.catalog",
                () -> TestSchemas.serve(TestDatabase.forum().loginRoleDataSource(), List.of("enum_broken"), ""));
        broken = built.result();
        warnings = built.warnings();
    }

    @Test
    void eachEnumTableThatGivesNoEnumIsOneWarningSayingWhy() {
        assertEquals(3, warnings.size(), warnings::toString);
        assertEquals(true, warnings.get(0).startsWith("The enum table enum_broken.hidden gives no enum: it cannot be "
                + "read (ERROR: permission denied for table hidden"), warnings.get(0));
        assertEquals(List.of("The enum constraint no_labels_pkey of enum_broken.no_labels gives no enum: no row the "
                        + "login role can see has a text value in its column label.",
                "The enum constraint pair_pkey of enum_broken.pair gives no enum: it has 2 columns, an enum needs "
                        + "exactly one."), warnings.subList(1, 3));
    }

    @Test
    void referringColumnsKeepTheirTypeAndTheRestIsServed() throws Exception {
        GraphQLObjectType thing = broken.schema().schema().getObjectType("Thing");
        assertEquals("String", ((graphql.schema.GraphQLNamedType) thing.getFieldDefinition("label").getType())
                .getName());
        assertNull(broken.schema().schema().getType("Pair"));
        assertNull(broken.schema().schema().getType("NoLabel"));
        assertEquals("{\"data\":{\"allThings\":{\"nodes\":[{\"hidden\":\"secret\",\"a\":\"x\",\"b\":\"y\"}]}}}",
                new ObjectMapper().valueToTree(broken.execute(new GraphQLRequest(
                        "{ allThings { nodes { hidden a b } } }", null, null),
                        Map.of("role", "forum_example_anonymous")).toSpecification()).toString());
    }
}
