package dev.strata.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.exec.RequestExecutor;
import dev.strata.exec.TestSchemas;
import dev.strata.it.TestDatabase;
import graphql.schema.GraphQLFieldDefinition;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Views get the mutations PostgreSQL can run on them, as PostGraphile 4 gives them, and no others. */
class ViewMutationsSchemaTest {

    @BeforeAll
    static void load() throws Exception {
        try (Connection connection = TestDatabase.forum().superuserDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    create schema views_test;
                    create table views_test.item (id serial primary key, name text not null);
                    create view views_test.item_name as select id, name from views_test.item;
                    create view views_test.item_count as select count(*) as total from views_test.item;
                    grant usage on schema views_test to forum_example_postgraphile;
                    grant all on all tables in schema views_test to forum_example_postgraphile;
                    grant all on all sequences in schema views_test to forum_example_postgraphile;
                    """);
        }
    }

    @Test
    void onlyViewsPostgresCanWriteGetMutations() {
        RequestExecutor service = TestSchemas.serve(TestDatabase.forum().loginRoleDataSource(),
                List.of("views_test"), "");
        List<String> mutations = service.schema().schema().getMutationType().getFieldDefinitions().stream()
                .map(GraphQLFieldDefinition::getName).sorted().toList();
        assertEquals(List.of("createItem", "createItemName", "deleteItem", "deleteItemById", "updateItem",
                "updateItemById"), mutations);
    }
}
