package dev.strata.exec;

import dev.strata.behavior.BehaviorReport;
import dev.strata.behavior.BehaviorWarnings;
import dev.strata.behavior.CatalogBehaviors;

import dev.strata.catalog.Catalog;
import dev.strata.catalog.Introspector;
import dev.strata.naming.Inflector;
import dev.strata.plan.QueryCompiler;
import dev.strata.plan.SqlValues;

import dev.strata.schema.JwtType;
import dev.strata.schema.SchemaBuilder;
import dev.strata.schema.SchemaBuilder.GeneratedSchema;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Serves GraphQL requests over a database: builds the schema from its catalog on first use and runs each request
 * in its own transaction with the request's role and claims.
 */
public final class GraphQLService {

    private static final Logger LOG = Logger.getLogger(GraphQLService.class.getName());

    private record Served(GraphQL graphQL, GraphQLSchema schema, QueryCompiler compiler, BehaviorReport behaviors) {
    }

    private final DataSource dataSource;
    private final List<String> schemas;
    private final String globalBehavior;
    private final boolean ignoreRbac;
    private final JwtType jwt;
    private volatile Served served;

    /**
     * PostGraphile 4's defaults: every table, column and function whatever the privileges, no JWT type.
     *
     * @param globalBehavior the behavior every entity starts from after Strata's defaults, e.g.
     *                       {@code -insert -update -delete} for a read-only API
     */
    public GraphQLService(DataSource dataSource, List<String> schemas, String globalBehavior) {
        this(dataSource, schemas, globalBehavior, true, JwtType.NONE);
    }

    /**
     * @param ignoreRbac whether the schema shows what no role the connecting user can become may use
     * @param jwt        the composite type whose values are returned as signed tokens
     */
    public GraphQLService(DataSource dataSource, List<String> schemas, String globalBehavior, boolean ignoreRbac,
                          JwtType jwt) {
        this.dataSource = dataSource;
        this.schemas = List.copyOf(schemas);
        this.globalBehavior = globalBehavior;
        this.ignoreRbac = ignoreRbac;
        this.jwt = jwt;
    }

    public ExecutionResult execute(GraphQLRequest request, Map<String, String> settings) throws SQLException {
        Served current = served();
        try (RequestTransaction transaction = new RequestTransaction(dataSource, settings)) {
            ExecutionInput input = ExecutionInput.newExecutionInput().query(request.query())
                    .operationName(request.operationName()).variables(request.variables())
                    .graphQLContext(Map.of(QueryCompiler.class, current.compiler(),
                            RequestTransaction.class, transaction))
                    .build();
            ExecutionResult result = current.graphQL().execute(input);
            // A mutation commits even with errors: its failed fields were rolled back to their own savepoints.
            transaction.finish(result.getErrors().isEmpty());
            return result;
        }
    }

    public GraphQLSchema schema() {
        return served().schema();
    }

    /** What shaped the schema: every catalog entity's resolved behavior and sources, and the warnings. */
    public BehaviorReport behaviors() {
        return served().behaviors();
    }

    private Served served() {
        Served current = served;
        if (current == null) {
            synchronized (this) {
                if (served == null) {
                    served = build();
                }
                current = served;
            }
        }
        return current;
    }

    private Served build() {
        try (Connection connection = dataSource.getConnection()) {
            long start = System.nanoTime();
            Catalog catalog = Introspector.introspect(connection, schemas);
            CatalogBehaviors behaviors = new CatalogBehaviors(globalBehavior, new BehaviorWarnings(), catalog,
                    ignoreRbac);
            GeneratedSchema generated = SchemaBuilder.build(catalog, new Inflector(), behaviors,
                    RootFieldFetcher::new, jwt);
            // Resolving every entity, asked about or not, also warns about every tag that is not understood.
            BehaviorReport report = behaviors.report(catalog);
            LOG.info(() -> "GraphQL schema of " + schemas + " built in " + (System.nanoTime() - start) / 1_000_000
                    + " ms: " + catalog.classes().size() + " tables, " + catalog.procs().size() + " functions");
            GraphQL graphQL = GraphQL.newGraphQL(generated.schema())
                    .preparsedDocumentProvider(new DocumentCache(1000)).build();
            return new Served(graphQL, generated.schema(),
                    new QueryCompiler(generated.plans(), new SqlValues(catalog)), report);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database catalog: " + e.getMessage(), e);
        }
    }
}
