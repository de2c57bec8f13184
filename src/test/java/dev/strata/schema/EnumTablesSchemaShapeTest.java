package dev.strata.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.exec.TestSchemas;
import dev.strata.it.TestDatabase;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schema of {@code ddl/test/enum_tables.sql} (tables of labels tagged {@code @enum}, an {@code @enum} unique
 * constraint, {@code @enumName}, description columns) has the shape PostGraphile 4 gives it (golden:
 * {@code src/test/resources/golden/enum-tables-pg4.graphql}): the enum tables are no tables, and every column with a
 * foreign key to one is of its enum type.
 */
class EnumTablesSchemaShapeTest {

    private static GraphQLSchema schema;

    @BeforeAll
    static void load() throws Exception {
        TestDatabase.runScript(TestDatabase.forum().superuserDataSource(), "ddl/test/enum_tables.sql");
        schema = TestSchemas.serve(TestDatabase.forum().loginRoleDataSource(), List.of("enum_tables"), "")
                .schema().schema();
    }

    @Test
    void enumTablesHavePostGraphile4Shape() throws Exception {
        assertEquals("", SchemaShape.differences(
                Files.readString(Path.of("src/test/resources/golden/enum-tables-pg4.graphql")), SchemaShape.sdl(schema)));
    }

    /** The shape leaves descriptions and the order of enum values aside; PostGraphile 4 keeps the table's order. */
    @Test
    void enumValuesComeInTheTablesOrderDescribedByItsDescriptionColumn() {
        GraphQLEnumType status = (GraphQLEnumType) schema.getType("TicketStatus");
        assertEquals("Where a ticket stands.", status.getDescription());
        assertEquals(List.of("OPEN", "IN_PROGRESS", "CLOSED"), names(status));
        assertEquals(Arrays.asList("Nobody has looked at it yet.", "Somebody is on it.", null),
                status.getValues().stream().map(value -> value.getDescription()).toList());
        assertEquals("in progress", status.getValue("IN_PROGRESS").getValue());
        GraphQLEnumType color = (GraphQLEnumType) schema.getType("ColorColorCodeKey");
        assertEquals(List.of("RED", "GREEN"), names(color));
        assertEquals("Like grass.", color.getValue("GREEN").getDescription());
        assertEquals(List.of("LOW", "HIGH", "URGENT"), names((GraphQLEnumType) schema.getType("TicketPriority")));
    }

    private static List<String> names(GraphQLEnumType type) {
        return type.getValues().stream().map(value -> value.getName()).toList();
    }
}
