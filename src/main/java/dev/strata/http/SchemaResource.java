package dev.strata.http;

import dev.strata.exec.Engine;
import graphql.schema.idl.SchemaPrinter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * {@code GET /graphql/schema.graphql}: the generated schema as SDL (PostGraphile's {@code --export-schema-graphql}),
 * for code generators and schema diffs. It shows what introspection shows, nothing more.
 */
@Path("/graphql/schema.graphql")
@ApplicationScoped
public class SchemaResource {

    private static final SchemaPrinter PRINTER = new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
            .includeDirectives(false).includeScalarTypes(true));

    @Inject
    Engine engine;

    @GET
    @Produces("text/plain; charset=utf-8")
    public String sdl() {
        return PRINTER.print(engine.executor().schema().schema());
    }
}
