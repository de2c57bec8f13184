package dev.strata.exec;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The schema as SDL, types and fields sorted by name, so two exports of the same database are byte-equal and a CI
 * diff shows only real changes (PostGraphile's {@code --export-schema-graphql} with {@code --sort-export}). It shows
 * what introspection shows, nothing more.
 */
public final class SchemaSdl {

    private static final SchemaPrinter PRINTER = new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
            .includeDirectives(false).includeScalarTypes(true));

    private SchemaSdl() {
    }

    public static String print(GraphQLSchema schema) {
        return PRINTER.print(schema);
    }

    /** Writes the SDL to the file (replacing it whole, so a reader never sees half a schema). */
    public static void export(GraphQLSchema schema, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        Path temporary = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
        Files.writeString(temporary, print(schema), StandardCharsets.UTF_8);
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
