package dev.strata.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.behavior.CollectionShapes;
import dev.strata.catalog.CatalogOptions;
import dev.strata.exec.ErrorFields;
import dev.strata.exec.PostGraphileOptions;
import dev.strata.exec.RequestExecutor;
import dev.strata.exec.SchemaSettings;
import dev.strata.exec.TestSchemas;
import dev.strata.it.TypeZoo;
import dev.strata.limits.RequestLimits;
import graphql.schema.idl.SchemaPrinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The type zoo ({@code ddl/test/types.sql}) has exactly the shape PostGraphile 4 gives it, descriptions aside: every
 * scalar, range, interval, domain, enum, composite and array type in outputs, conditions, inputs, patches and
 * function arguments. On a difference Strata's SDL is written to {@code target/types.actual.graphql}.
 */
class TypesSchemaShapeTest {

    @Test
    void typeZooHasPostGraphile4Shape() throws Exception {
        assertShape("types-pg4.graphql", TestSchemas.serve(TypeZoo.loginRoleDataSource(), List.of(TypeZoo.SCHEMA), ""));
    }

    /** {@code --dynamic-json} changes values, not the shape: the same {@code JSON} scalar in the same places. */
    @Test
    void typeZooWithDynamicJsonHasPostGraphile4DynamicJsonShape() throws Exception {
        assertShape("types-pg4-dynamic-json.graphql", TestSchemas.serve(TypeZoo.loginRoleDataSource(),
                new SchemaSettings(List.of(TypeZoo.SCHEMA), "", true, JwtType.NONE, CatalogOptions.DEFAULTS, false,
                        List.of(), RequestLimits.DEFAULTS, new PostGraphileOptions(new SchemaOptions(true, true),
                        CollectionShapes.OMIT, true, ErrorFields.NONE))));
    }

    private static void assertShape(String golden, RequestExecutor service) throws Exception {
        String ours = new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeDirectives(false))
                .print(service.schema().schema());
        List<String> expected = SchemaShape.of(Files.readString(Path.of("src/test/resources/golden/" + golden)));
        List<String> actual = SchemaShape.of(ours);
        String difference = SchemaShape.difference(expected, actual);
        if (!difference.isEmpty()) {
            Files.writeString(Path.of("target/types.actual.graphql"), ours);
        }
        assertEquals("", difference);
    }
}
