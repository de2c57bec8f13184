package dev.strata.exec;

import dev.strata.behavior.CollectionShapes;
import dev.strata.boot.StrataDatabase;
import dev.strata.extension.GraphQLApiBeans;
import dev.strata.catalog.CatalogOptions;
import dev.strata.identity.IdentityConfiguration;
import dev.strata.limits.LimitsConfiguration;
import dev.strata.schema.JwtType;
import dev.strata.schema.SchemaOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The application's {@link RequestExecutor}: the schema of the configured database, built when the application
 * starts. Until it is built (the database is not reachable yet, say) requests are refused as not ready and each
 * later request tries the build again; the readiness check reports it ({@link #ready()}). In watch mode
 * ({@code dev.strata.watch}) it is built again when the database's schemas change ({@link #rebuild}).
 */
@ApplicationScoped
public class Engine {

    private static final Logger LOG = Logger.getLogger(Engine.class.getName());

    @Inject
    StrataDatabase database;

    @Inject
    @ConfigProperty(name = "strata.schemas")
    List<String> schemas;

    // server.xml declares the next two empty, which MicroProfile Config reads as absent: "none"
    @Inject
    @ConfigProperty(name = "strata.behavior.default")
    Optional<String> globalBehavior;

    @Inject
    @ConfigProperty(name = "strata.jwt.token-type")
    Optional<String> jwtTokenType;

    @Inject
    @ConfigProperty(name = "strata.ignore-rbac")
    boolean ignoreRbac;

    @Inject
    @ConfigProperty(name = "strata.use-partitioned-parent")
    boolean usePartitionedParent;

    @Inject
    @ConfigProperty(name = "strata.classic-ids")
    boolean classicIds;

    @Inject
    @ConfigProperty(name = "strata.dynamic-json")
    boolean dynamicJson;

    @Inject
    @ConfigProperty(name = "strata.setof-functions-contain-nulls")
    boolean setofFunctionsContainNulls;

    /** Empty reads as absent: connections only, PostGraphile 4's default. */
    @Inject
    @ConfigProperty(name = "strata.simple-collections")
    Optional<String> simpleCollections;

    @Inject
    @ConfigProperty(name = "strata.disable-default-mutations")
    boolean disableDefaultMutations;

    /** server.xml's empty default reads as absent: none. */
    @Inject
    @ConfigProperty(name = "strata.extended-errors")
    Optional<String> extendedErrors;

    @Inject
    IdentityConfiguration identity;

    @Inject
    GraphQLApiBeans extensions;

    @Inject
    @ConfigProperty(name = "strata.samples")
    boolean samples;

    @Inject
    LimitsConfiguration limits;

    /** Where to write the schema's SDL after each build; server.xml's empty default reads as absent: none. */
    @Inject
    @ConfigProperty(name = "strata.export-schema")
    Optional<String> exportSchema;

    @Inject
    StrataMetrics metrics;

    private volatile RequestExecutor executor;

    void buildWithApplication(@Observes @Initialized(ApplicationScoped.class) Object event) {
        try {
            executor();
        } catch (SchemaNotReady e) {
            LOG.severe(e.getMessage());
        }
    }

    /**
     * The executor of the built schema.
     *
     * @throws SchemaNotReady when the schema cannot be built (yet); the message says why
     */
    public RequestExecutor executor() {
        RequestExecutor built = executor;
        if (built != null) {
            return built;
        }
        synchronized (this) {
            if (executor == null) {
                executor = build();
            }
            return executor;
        }
    }

    /** Whether the schema is built (it is tried once more if not). */
    public boolean ready() {
        try {
            executor();
            return true;
        } catch (SchemaNotReady e) {
            return false;
        }
    }

    /**
     * Builds the schema again, reading the catalog through {@code catalog}, and serves it from now on (watch mode).
     * Requests already running finish on the schema they started with; when the build fails, the schema served
     * stays and one WARNING says why.
     */
    public void rebuild(Connection catalog) {
        try {
            executor = build(settings -> RequestExecutor.over(database.dataSource(), catalog, settings));
        } catch (SchemaNotReady e) {
            LOG.warning(e.getMessage() + "; the schema served so far stays");
        }
    }

    private RequestExecutor build() {
        return build(settings -> RequestExecutor.over(database.dataSource(), settings));
    }

    private interface Builder {
        RequestExecutor build(SchemaSettings settings) throws SQLException;
    }

    private RequestExecutor build(Builder builder) {
        SchemaSettings settings = new SchemaSettings(schemas, globalBehavior.orElse(""), ignoreRbac,
                new JwtType(jwtTokenType.map(String::strip).filter(name -> !name.isEmpty()).orElse(null),
                        identity.signer()::sign), new CatalogOptions(usePartitionedParent),
                classicIds, extensions.extensions(samples), limits.limits(), options());
        RequestExecutor built;
        try (Timer.Context timing = metrics.schemaBuilds().time()) {
            built = builder.build(settings);
        } catch (SQLException | RuntimeException e) {
            throw new SchemaNotReady("The GraphQL schema of " + schemas + " could not be built: " + e.getMessage(), e);
        }
        exportSchema.map(String::strip).filter(path -> !path.isEmpty()).map(Path::of)
                .ifPresent(file -> export(built, file));
        return built;
    }

    private PostGraphileOptions options() {
        return new PostGraphileOptions(new SchemaOptions(dynamicJson, setofFunctionsContainNulls),
                CollectionShapes.of(simpleCollections.orElse("")), !disableDefaultMutations,
                ErrorFields.of(extendedErrors.orElse("")));
    }

    private static void export(RequestExecutor executor, Path file) {
        try {
            SchemaSdl.export(executor.schema().schema(), file);
            LOG.info(() -> "GraphQL schema exported as SDL to " + file.toAbsolutePath());
        } catch (IOException e) {
            // The API serves without it; a CI job diffing the file will notice its absence.
            LOG.log(Level.SEVERE, "The GraphQL schema could not be exported to " + file.toAbsolutePath(), e);
        }
    }

    /** The schema is not built: the database cannot be reached or read. */
    public static final class SchemaNotReady extends RuntimeException {
        SchemaNotReady(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
