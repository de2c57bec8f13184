package dev.strata.http;

import dev.strata.exec.Engine;
import dev.strata.exec.SchemaSdl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * {@code GET /graphql/schema.graphql}: the generated schema as SDL (PostGraphile's {@code --export-schema-graphql}),
 * for code generators and schema diffs
 * ({@link SchemaSdl}).
 */
@Path("/graphql/schema.graphql")
@ApplicationScoped
public class SchemaResource {

    @Inject
    Engine engine;

    @GET
    @Produces("text/plain; charset=utf-8")
    public String sdl() {
        return SchemaSdl.print(engine.executor().schema().schema());
    }
}
