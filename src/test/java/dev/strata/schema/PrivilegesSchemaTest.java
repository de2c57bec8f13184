package dev.strata.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.exec.RequestExecutor;
import dev.strata.exec.SchemaSettings;
import dev.strata.exec.TestSchemas;
import dev.strata.it.TestDatabase;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLSchema;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Privileges shape the schema (strata.ignore-rbac=false, the default): table, column and function grants of the
 * roles the login role can become decide what is generated; with ignore-rbac everything is.
 */
class PrivilegesSchemaTest {

    @BeforeAll
    static void createSchema() throws Exception {
        try (Connection connection = TestDatabase.forum().superuserDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    drop schema if exists rbac_test cascade;
                    create schema rbac_test;
                    grant usage on schema rbac_test to forum_example_anonymous;
                    create table rbac_test.item (id serial primary key, name text, secret text);
                    grant select (id, name) on rbac_test.item to forum_example_anonymous;
                    grant insert (name), update (name) on rbac_test.item to forum_example_anonymous;
                    create table rbac_test.hidden (id int primary key, item_id int references rbac_test.item);
                    create function rbac_test.visible() returns int language sql stable as 'select 1';
                    create function rbac_test.locked() returns int language sql stable as 'select 2';
                    -- the forum's DDL revokes EXECUTE from PUBLIC by default (alter default privileges)
                    grant execute on function rbac_test.visible() to forum_example_anonymous;
                    """);
        }
    }

    private static GraphQLSchema schema(boolean ignoreRbac) {
        return TestSchemas.serve(TestDatabase.forum().loginRoleDataSource(), new SchemaSettings(List.of("rbac_test"), "", ignoreRbac,
                JwtType.NONE)).schema().schema();
    }

    private static String fields(GraphQLSchema schema, String type) {
        return schema.getType(type) instanceof GraphQLFieldsContainer container ? container.getFieldDefinitions()
                .stream().map(f -> f.getName()).sorted().collect(Collectors.joining(" ")) : "-";
    }

    private static String inputFields(GraphQLSchema schema, String type) {
        return schema.getType(type) instanceof GraphQLInputObjectType input ? input.getFieldDefinitions().stream()
                .map(f -> f.getName()).sorted().collect(Collectors.joining(" ")) : "-";
    }

    @Test
    void onlyWhatSomeRoleMayUse() {
        GraphQLSchema schema = schema(false);
        assertEquals("allItems item itemById node nodeId query visible", fields(schema, "Query"));
        assertEquals("id name nodeId", fields(schema, "Item"));
        assertEquals("createItem updateItem updateItemById", fields(schema, "Mutation"));
        assertEquals("name", inputFields(schema, "ItemInput"));
        assertEquals("name", inputFields(schema, "ItemPatch"));
    }

    @Test
    void everythingWithIgnoreRbac() {
        GraphQLSchema schema = schema(true);
        assertEquals("allHiddens allItems hidden hiddenById item itemById locked node nodeId query visible",
                fields(schema, "Query"));
        assertEquals("hiddensByItemId id name nodeId secret", fields(schema, "Item"));
        assertEquals("id name secret", inputFields(schema, "ItemInput"));
    }
}
