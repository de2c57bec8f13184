package dev.strata.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /graphiql}: the GraphiQL IDE, pointed at {@code /graphql} (autocomplete, docs explorer, a headers
 * editor for {@code Authorization}). Its scripts come from the WAR's webjars, never from a CDN. With
 * {@code strata.graphiql=false} every path answers 404.
 */
@Path("/graphiql")
@ApplicationScoped
public class GraphiQLResource {

    private static final String PAGE = "/dev/strata/graphiql/index.html";

    /** The page's assets by the name it uses, with their webjar resources (versions as in pom.xml). */
    static final Map<String, String> ASSETS = Map.of(
            "graphiql.min.js", "/META-INF/resources/webjars/graphiql/2.4.7/graphiql.min.js",
            "graphiql.min.css", "/META-INF/resources/webjars/graphiql/2.4.7/graphiql.min.css",
            "react.production.min.js", "/META-INF/resources/webjars/react/18.3.1/umd/react.production.min.js",
            "react-dom.production.min.js",
            "/META-INF/resources/webjars/react-dom/18.3.1/umd/react-dom.production.min.js");

    private static final CacheControl ONE_DAY = CacheControl.valueOf("public, max-age=86400");

    @Inject
    @ConfigProperty(name = "strata.graphiql")
    boolean enabled;

    @GET
    public Response page() {
        return Response.ok(resource(PAGE), "text/html; charset=utf-8").build();
    }

    @GET
    @Path("assets/{name}")
    public Response asset(@PathParam("name") String name) {
        String path = ASSETS.get(name);
        if (path == null) {
            throw new NotFoundException();
        }
        String type = name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
        return Response.ok(resource(path), type).cacheControl(ONE_DAY).build();
    }

    private InputStream resource(String path) {
        InputStream stream = enabled ? GraphiQLResource.class.getResourceAsStream(path) : null;
        if (stream == null) {
            throw new NotFoundException();
        }
        return stream;
    }
}
