package dev.strata.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.strata.exec.Engine;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /graphql/behaviors}: for administrators, what shaped the schema — every entity's resolved behavior
 * string with the source of each fragment, and the warnings about smart tags and behaviors that were not
 * understood. Off unless {@code strata.behavior.inspect} is true (it shows the database's structure and
 * comments to whoever can reach it); then 404. {@code ?entity=} keeps the entities whose label contains the
 * text, {@code ?explain=} decides one behavior for each of them (e.g. {@code explain=attribute:update}).
 */
@Path("/graphql/behaviors")
public class BehaviorsResource {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Inject
    Engine engine;

    @Inject
    @ConfigProperty(name = "strata.behavior.inspect", defaultValue = "false")
    boolean inspect;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@QueryParam("entity") String entity, @QueryParam("explain") String explain) {
        if (!inspect) {
            return json(404, ResponseBody.errors("Behavior inspection is off; set strata.behavior.inspect=true "
                    + "(environment STRATA_BEHAVIOR_INSPECT=true) to turn it on."));
        }
        try {
            return json(200, JSON.writeValueAsString(engine.executor().schema().behaviors().describe(entity, explain)));
        } catch (IllegalArgumentException e) {
            return json(400, ResponseBody.errors("explain: " + e.getMessage()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the behavior report cannot be written as JSON", e);
        }
    }

    private static Response json(int status, String body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
