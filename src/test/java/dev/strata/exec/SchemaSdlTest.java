package dev.strata.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaSdlTest {

    private static GraphQLSchema schema(String sdl) {
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl),
                RuntimeWiring.newRuntimeWiring().build());
    }

    @Test
    void declarationOrderDoesNotChangeTheSdl() {
        String sdl = SchemaSdl.print(schema("type Query { zeta: Zebra, alpha: Ant } type Zebra { b: Int, a: Int } "
                + "type Ant { y: Int, x: Int }"));
        assertEquals(sdl, SchemaSdl.print(schema("type Ant { x: Int, y: Int } type Zebra { a: Int, b: Int } "
                + "type Query { alpha: Ant, zeta: Zebra }")));
        assertTrue(sdl.indexOf("type Ant") < sdl.indexOf("type Zebra"), sdl);
        assertTrue(sdl.indexOf("alpha: Ant") < sdl.indexOf("zeta: Zebra"), sdl);
    }

    @Test
    void exportCreatesTheDirectoryAndReplacesTheFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("ci/schema.graphql");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "old");
        GraphQLSchema schema = schema("type Query { a: Int }");
        SchemaSdl.export(schema, file);
        assertEquals(SchemaSdl.print(schema), Files.readString(file, StandardCharsets.UTF_8));
        SchemaSdl.export(schema, directory.resolve("new/dir/schema.graphql"));
        assertTrue(Files.exists(directory.resolve("new/dir/schema.graphql")));
    }
}
