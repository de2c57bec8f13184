package dev.strata.exec;

import dev.strata.behavior.BehaviorReport;
import dev.strata.behavior.BehaviorWarnings;
import dev.strata.behavior.CatalogBehaviors;
import dev.strata.catalog.Catalog;
import dev.strata.catalog.Introspector;
import dev.strata.limits.LimitsInstrumentation;
import dev.strata.naming.Inflector;
import dev.strata.naming.PostGraphile4Inflector;
import dev.strata.plan.SqlCompiler;
import dev.strata.plan.FieldPlan;
import dev.strata.plan.KeyedRows;
import dev.strata.plan.MutationPlan;
import dev.strata.plan.SqlValues;
import dev.strata.schema.RootFetchers;
import dev.strata.schema.SchemaBuilder;
import dev.strata.schema.SchemaBuilder.GeneratedSchema;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.schema.DataFetcher;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;

/**
 * Builds the schema Strata serves: reads the catalog (one query), resolves behaviors, runs the schema features and
 * makes the compiler of their plans. Run once at start (and again on a rebuild), never on the request path.
 */
public final class SchemaFactory {

    private static final Logger LOG = Logger.getLogger(SchemaFactory.class.getName());

    /** Root fields fetch through {@link RootFieldFetcher}. */
    private static final RootFetchers FETCHERS = new RootFetchers() {
        @Override
        public DataFetcher<?> query(FieldPlan plan) {
            return RootFieldFetcher.query(plan);
        }

        @Override
        public DataFetcher<?> mutation(MutationPlan plan) {
            return RootFieldFetcher.mutation(plan);
        }

        @Override
        public DataFetcher<?> java(DataFetcher<?> resolver, boolean mutation) {
            return RootFieldFetcher.java(resolver, mutation);
        }

        @Override
        public DataFetcher<?> javaRows(DataFetcher<?> resolver, KeyedRows rows, List<String> keyFields,
                                       boolean mutation) {
            return RootFieldFetcher.javaRows(resolver, rows, keyFields, mutation);
        }
    };

    private SchemaFactory() {
    }

    public static ServedSchema build(Connection connection, SchemaSettings settings) throws SQLException {
        long start = System.nanoTime();
        Catalog catalog = Introspector.introspect(connection, settings.schemas(), settings.catalog());
        CatalogBehaviors behaviors = new CatalogBehaviors(settings.behavior(), new BehaviorWarnings(), catalog,
                settings.ignoreRbac());
        Inflector inflector = new PostGraphile4Inflector(settings.classicIds());
        GeneratedSchema generated = SchemaBuilder.build(catalog, inflector, behaviors, FETCHERS, settings.jwt(),
                settings.extensions(), settings.options().schema());
        // Resolving every entity, asked about or not, also warns about every tag that is not understood.
        BehaviorReport report = behaviors.report(catalog);
        LOG.info(() -> "GraphQL schema of " + settings.schemas() + " built in "
                + (System.nanoTime() - start) / 1_000_000 + " ms: " + catalog.classes().size() + " tables, "
                + catalog.procs().size() + " functions");
        FieldFailureHandler failures = new FieldFailureHandler();
        GraphQL graphQL = GraphQL.newGraphQL(generated.schema())
                .preparsedDocumentProvider(new DocumentCache(1000))
                .queryExecutionStrategy(new SplicingExecutionStrategy(failures))
                .defaultDataFetcherExceptionHandler(failures)
                .instrumentation(new ChainedInstrumentation(new LimitsInstrumentation(settings.limits()),
                        new GraphQLJsMessages())).build();
        return new ServedSchema(graphQL, generated.schema(),
                new SqlCompiler(generated.plans(), new SqlValues(catalog, inflector::column, inflector::enumValue),
                        settings.limits().maxSqlLength()), report,
                generated.batchLoaders(), !settings.extensions().isEmpty(),
                settings.options().extendedErrors());
    }
}
