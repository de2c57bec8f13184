package dev.strata.schema;

import dev.strata.behavior.EntityBehaviors;
import dev.strata.catalog.Catalog;
import dev.strata.naming.FixedNames;
import dev.strata.naming.Inflector;
import dev.strata.plan.FieldPlans;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dataloader.BatchLoaderWithContext;
import java.util.function.Function;

/** Builds the GraphQL schema of a catalog: every feature contributes in turn, then the root types are assembled. */
public final class SchemaBuilder {

    /**
     * The schema, the plans of its fields, and the batch loaders of its batched Java fields by name (each request
     * makes its own data loaders from them).
     */
    public record GeneratedSchema(GraphQLSchema schema, FieldPlans plans,
                                  Map<String, BatchLoaderWithContext<Object, Object>> batchLoaders) {
        public GeneratedSchema {
            batchLoaders = Map.copyOf(batchLoaders);
        }
    }

    /**
     * Every capability of the generated API, in PostGraphile 4's order (the order of the fields each adds to the
     * types it shares with others: a row type's columns before its relations before its computed columns; the
     * root query's node fields, collections, lookups by key, functions, then lookups by node id).
     */
    static final List<Function<BuildContext, SchemaFeature>> FEATURES = List.of(
            TableTypes::new,
            Conditions::new,
            Columns::new,
            Relations::new,
            context -> new Functions(context, Functions.Kind.COMPUTED_COLUMN),
            NodeInterface::new,
            RootCollections::new,
            UniqueKeyLookups::new,
            context -> new Functions(context, Functions.Kind.QUERY_FIELD),
            NodeIdLookups::new,
            context -> new CrudMutations(context, PayloadTypes.Write.CREATE),
            context -> new CrudMutations(context, PayloadTypes.Write.UPDATE),
            context -> new CrudMutations(context, PayloadTypes.Write.DELETE),
            FunctionMutations::new);

    private SchemaBuilder() {
    }

    /**
     * Builds the schema.
     *
     * @param rootFetchers makes the data fetchers of root fields
     * @param jwt          the composite type whose values are signed tokens ({@code JwtToken}), or
     *                     {@link JwtType#NONE}
     * @param extensions fields written in Java, merged after the generated ones
     * @throws ExtensionContext.SchemaConflict when an extension defines a field the schema already has
     */
    public static GeneratedSchema build(Catalog catalog, Inflector inflector, EntityBehaviors behaviors,
                                        RootFetchers rootFetchers, JwtType jwt, List<SchemaExtension> extensions) {
        return build(catalog, inflector, behaviors, rootFetchers, jwt, extensions, SchemaOptions.DEFAULTS);
    }

    /** Builds the schema with the given options ({@code --dynamic-json}, setof functions' nulls). */
    public static GeneratedSchema build(Catalog catalog, Inflector inflector, EntityBehaviors behaviors,
                                        RootFetchers rootFetchers, JwtType jwt, List<SchemaExtension> extensions,
                                        SchemaOptions options) {
        BuildContext context = new BuildContext(catalog, inflector, new ServableNames(catalog, inflector, behaviors),
                rootFetchers, jwt, options);
        FEATURES.forEach(feature -> feature.apply(context).contribute());
        extensions.forEach(extension -> extension.extend(new ExtensionContext(context, extension.name())));

        context.code.defaultDataFetcher(environment -> Fetchers.BY_RESULT_KEY);
        GraphQLObjectType query = context.object(FixedNames.QUERY)
                .description("The root query type which gives access points into the data universe.")
                .withInterfaces(context.interfaces(FixedNames.QUERY)).build();
        GraphQLObjectType mutation = context.fields(FixedNames.MUTATION).isEmpty() ? null
                : context.object(FixedNames.MUTATION)
                .description("The root mutation type: its fields write, each in its own savepoint, in order.")
                .build();
        List<GraphQLObjectType> roots = mutation == null ? List.of(query) : List.of(query, mutation);
        // as in PostGraphile 5, a row type nothing returns (a table with @omit) is not in the schema
        List<GraphQLNamedType> candidates = new ArrayList<>(context.tableObjects());
        candidates.addAll(context.extraTypes);
        // Given every type, graphql-java's fast builder walks nothing itself. It leaves out graphql-java's schema
        // validation, which walks the schema along every path from the root (quadratic in the length of a chain of
        // related tables); the tests validate every schema they build instead (TestSchemas.valid).
        GraphQLSchema schema = new GraphQLSchema.FastBuilder(context.code, query, mutation, null)
                .addTypes(ReachableTypes.of(roots, candidates)).build();
        return new GeneratedSchema(schema, context.plans, context.batchLoaders);
    }
}
