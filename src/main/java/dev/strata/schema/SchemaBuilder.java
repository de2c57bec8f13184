package dev.strata.schema;

import dev.strata.behavior.EntityBehaviors;

import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;

import dev.strata.catalog.Catalog;
import dev.strata.naming.Inflector;
import dev.strata.plan.FieldPlan;
import dev.strata.plan.FieldPlans;
import dev.strata.plan.QueryCompiler;
import graphql.Scalars;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeReference;
import java.util.Map;
import java.util.function.Function;

/** Builds the GraphQL schema of a catalog: one feature builder after the other, in PostGraphile 4's order. */
public final class SchemaBuilder {

    /** The schema and the plans of its fields. */
    public record GeneratedSchema(GraphQLSchema schema, FieldPlans plans) {
    }

    private SchemaBuilder() {
    }

    /**
     * @param rootFetchers makes the data fetcher of a root field from its plan (the fetcher compiles the field's
     *                     selection and runs it)
     */
    public static GeneratedSchema build(Catalog catalog, Inflector inflector, EntityBehaviors behaviors,
                                        Function<FieldPlan, DataFetcher<?>> rootFetchers) {
        return build(catalog, inflector, behaviors, rootFetchers, JwtType.NONE);
    }

    /**
     * @param jwt the composite type whose values are signed tokens ({@code JwtToken}), or {@link JwtType#NONE}
     */
    public static GeneratedSchema build(Catalog catalog, Inflector inflector, EntityBehaviors behaviors,
                                        Function<FieldPlan, DataFetcher<?>> rootFetchers, JwtType jwt) {
        BuildContext context = new BuildContext(catalog, inflector, behaviors, rootFetchers, jwt);
        Collections collections = new Collections(context);
        TableTypes tables = new TableTypes(context);
        Relations relations = new Relations(context, collections);
        Functions functions = new Functions(context, collections);
        RootQuery root = new RootQuery(context, collections);
        PayloadTypes payloads = new PayloadTypes(context, collections);
        CrudMutations crud = new CrudMutations(context, new RowInputs(context), payloads);
        FunctionMutations functionMutations = new FunctionMutations(context, payloads);

        tables.registerTables();
        tables.addColumns();
        relations.addForward();
        relations.addBackward();
        functions.addComputedColumns();
        root.addNodeFields();
        root.addCollections();
        root.addRowsByUniqueKey();
        functions.addQueryFields();
        root.addRowsByNodeId();
        crud.addCreates();
        crud.addUpdates();
        crud.addDeletes();
        functionMutations.addMutations();

        context.code.defaultDataFetcher(environment -> Fetchers.BY_RESULT_KEY);
        context.code.typeResolver(TableTypes.NODE, environment -> environment.getSchema().getObjectType(
                (String) ((Map<?, ?>) environment.getObject()).get(QueryCompiler.TYPE_KEY)));
        GraphQLObjectType query = context.object(BuildContext.QUERY)
                .description("The root query type which gives access points into the data universe.")
                .withInterface(GraphQLTypeReference.typeRef(TableTypes.NODE)).build();
        GraphQLSchema.Builder schema = GraphQLSchema.newSchema().query(query).codeRegistry(context.code.build())
                .additionalType(nodeInterface());
        if (!context.fields(BuildContext.MUTATION).isEmpty()) {
            schema.mutation(context.object(BuildContext.MUTATION)
                    .description("The root mutation type: its fields write, each in its own savepoint, in order.")
                    .build());
        }
        tables.build().forEach(schema::additionalType);
        context.extraTypes.forEach(schema::additionalType);
        return new GeneratedSchema(schema.build(), context.plans);
    }

    private static GraphQLInterfaceType nodeInterface() {
        return GraphQLInterfaceType.newInterface().name(TableTypes.NODE)
                .description("An object with a globally unique `ID`.")
                .field(newFieldDefinition().name(TableTypes.NODE_ID)
                        .description("A globally unique identifier. Can be used in various places throughout the "
                                + "system to identify this single value.")
                        .type(GraphQLNonNull.nonNull(Scalars.GraphQLID)))
                .build();
    }
}
