package dev.strata.schema;

import dev.strata.naming.Inflector;
import graphql.Scalars;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLFieldDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The object types of values that PostgreSQL builds as JSON objects, PostGraphile 4's {@code Interval} and
 * {@code XRange}/{@code XRangeBound}, with their input types. Each is made once per name; the fields of the output
 * types read their parent by field name, so {@code onObjectType} is told of each.
 */
final class ValueObjectTypes {

    /** The parts of an interval, largest last as in PostGraphile 4; only seconds has a fraction. */
    static final List<String> INTERVAL_PARTS = List.of("seconds", "minutes", "hours", "days", "months", "years");

    private final Inflector inflector;
    private final Consumer<GraphQLObjectType> onObjectType;
    private final Map<String, GraphQLObjectType> objects = new HashMap<>();
    private final Map<String, GraphQLInputObjectType> inputs = new HashMap<>();

    ValueObjectTypes(Inflector inflector, Consumer<GraphQLObjectType> onObjectType) {
        this.inflector = inflector;
        this.onObjectType = onObjectType;
    }

    GraphQLObjectType interval() {
        return objects.computeIfAbsent("Interval", name -> {
            GraphQLObjectType.Builder type = GraphQLObjectType.newObject().name(name)
                    .description("An interval of time; the parts do not overflow into each other.");
            INTERVAL_PARTS.forEach(part -> type.field(GraphQLFieldDefinition.newFieldDefinition().name(part)
                    .type(part.equals("seconds") ? Scalars.GraphQLFloat : Scalars.GraphQLInt)));
            return announced(type.build());
        });
    }

    GraphQLInputObjectType intervalInput() {
        return inputs.computeIfAbsent(inflector.inputType("Interval"), name -> {
            GraphQLInputObjectType.Builder type = GraphQLInputObjectType.newInputObject().name(name)
                    .description("An interval of time, given by any of its parts.");
            INTERVAL_PARTS.forEach(part -> type.field(GraphQLInputObjectField.newInputObjectField().name(part)
                    .type(part.equals("seconds") ? Scalars.GraphQLFloat : Scalars.GraphQLInt)));
            return type.build();
        });
    }

    /** {@code IntRange}: a range of the subtype's GraphQL type; an unbounded end is null. */
    GraphQLObjectType range(GraphQLOutputType subtype) {
        String subtypeName = ((GraphQLNamedType) subtype).getName();
        return objects.computeIfAbsent(inflector.rangeType(subtypeName), name -> {
            GraphQLObjectType bound = announced(GraphQLObjectType.newObject()
                    .name(inflector.rangeBoundType(subtypeName))
                    .description("One end of a range, which includes its value or not.")
                    .field(GraphQLFieldDefinition.newFieldDefinition().name("value")
                            .type(GraphQLNonNull.nonNull(subtype)))
                    .field(GraphQLFieldDefinition.newFieldDefinition().name("inclusive")
                            .type(GraphQLNonNull.nonNull(Scalars.GraphQLBoolean)))
                    .build());
            return announced(GraphQLObjectType.newObject().name(name)
                    .description("A range of `" + subtypeName + "`.")
                    .field(GraphQLFieldDefinition.newFieldDefinition().name("start").type(bound))
                    .field(GraphQLFieldDefinition.newFieldDefinition().name("end").type(bound))
                    .build());
        });
    }

    /** {@code IntRangeInput}. */
    GraphQLInputObjectType rangeInput(String subtypeName, GraphQLInputType subtype) {
        return inputs.computeIfAbsent(inflector.inputType(inflector.rangeType(subtypeName)), name -> {
            GraphQLInputObjectType bound = GraphQLInputObjectType.newInputObject()
                    .name(inflector.inputType(inflector.rangeBoundType(subtypeName)))
                    .description("One end of a range, which includes its value or not.")
                    .field(GraphQLInputObjectField.newInputObjectField().name("value")
                            .type(GraphQLNonNull.nonNull(subtype)))
                    .field(GraphQLInputObjectField.newInputObjectField().name("inclusive")
                            .type(GraphQLNonNull.nonNull(Scalars.GraphQLBoolean)))
                    .build();
            return GraphQLInputObjectType.newInputObject().name(name)
                    .description("A range of `" + subtypeName + "`; a missing end is unbounded.")
                    .field(GraphQLInputObjectField.newInputObjectField().name("start").type(bound))
                    .field(GraphQLInputObjectField.newInputObjectField().name("end").type(bound))
                    .build();
        });
    }

    private GraphQLObjectType announced(GraphQLObjectType type) {
        onObjectType.accept(type);
        return type;
    }
}
