package dev.strata.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.exec.RequestExecutor;
import dev.strata.exec.TestSchemas;
import dev.strata.it.TestDatabase;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLTypeUtil;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Arguments of STRICT functions without a default are required, as PostGraphile 4 makes them; others are not. */
class FunctionArgumentsSchemaTest {

    @BeforeAll
    static void load() throws Exception {
        try (Connection connection = TestDatabase.forum().superuserDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    create schema functions_test;
                    create table functions_test.item (id serial primary key, name text not null);
                    create function functions_test.strict_add(a int, b int default 1) returns int
                      language sql stable strict as 'select a + b';
                    create function functions_test.lenient_add(a int, b int) returns int
                      language sql stable as 'select a + b';
                    create function functions_test.item_label(item functions_test.item, prefix text) returns text
                      language sql stable strict as 'select prefix || item.name';
                    grant usage on schema functions_test to forum_example_postgraphile;
                    grant select on all tables in schema functions_test to forum_example_postgraphile;
                    """);
        }
    }

    private static RequestExecutor service() {
        return TestSchemas.serve(TestDatabase.forum().loginRoleDataSource(), List.of("functions_test"), "");
    }

    private static List<String> arguments(GraphQLFieldDefinition field) {
        return field.getArguments().stream()
                .map(argument -> argument.getName() + ": " + GraphQLTypeUtil.simplePrint(argument.getType())).toList();
    }

    @Test
    void strictFunctionArgumentsWithoutDefaultAreRequired() {
        RequestExecutor service = service();
        assertEquals(List.of("a: Int!", "b: Int"),
                arguments(service.schema().schema().getQueryType().getFieldDefinition("strictAdd")));
        assertEquals(List.of("a: Int", "b: Int"),
                arguments(service.schema().schema().getQueryType().getFieldDefinition("lenientAdd")));
        assertEquals(List.of("prefix: String!"),
                arguments(service.schema().schema().getObjectType("Item").getFieldDefinition("label")));
    }
}
