package dev.strata.schema;

import dev.strata.behavior.KnownBehavior;
import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;
import static graphql.schema.GraphQLInputObjectField.newInputObjectField;
import static graphql.schema.GraphQLTypeReference.typeRef;

import dev.strata.catalog.PgArgument;
import dev.strata.catalog.PgProc;
import dev.strata.catalog.PgType;
import dev.strata.plan.FieldPlan;
import dev.strata.plan.MutationPlan;
import dev.strata.plan.FieldPlan.ReturnShape;
import dev.strata.plan.FieldPlan.Shape;
import dev.strata.plan.TableRef;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLModifiedType;
import graphql.schema.GraphQLType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Mutations from VOLATILE functions ({@code registerPerson}, {@code authenticate}, {@code changePassword}): the
 * arguments become fields of the input (required when the function is STRICT and the argument has no default),
 * and the result a payload field named after its type ({@code person}, {@code jwtToken}, {@code boolean}; a list
 * for {@code setof}), after its one named output parameter ({@code total}), or {@code result} for a record. A function whose arguments or result have no GraphQL type is left out with a log line.
 */
final class FunctionMutations implements SchemaFeature {

    private static final Logger LOG = Logger.getLogger(FunctionMutations.class.getName());

    /** How a function's result is exposed: its GraphQL type and what the compiler reads; no type for void. */
    record Result(GraphQLOutputType type, ReturnShape shape) {
    }

    private final BuildContext context;

    FunctionMutations(BuildContext context) {
        this.context = context;
    }

    @Override
    public void contribute() {
        for (PgProc proc : context.catalog.procs()) {
            if (context.behaviors.function(proc, KnownBehavior.MUTATION_FIELD)) {
                add(proc);
            }
        }
    }

    private void add(PgProc proc) {
        String name = context.inflector.function(proc);
        GraphQLInputObjectType.Builder input = context.mutationInput(context.inflector.functionInputType(proc));
        List<String> argumentNames = new ArrayList<>();
        for (int i = 0; i < proc.arguments().size(); i++) {
            PgArgument argument = proc.arguments().get(i);
            Optional<GraphQLInputType> type = context.types.input(argument.typeOid());
            if (type.isEmpty()) {
                LOG.fine(() -> "mutation " + proc.qualifiedName() + " left out: argument type not supported");
                return;
            }
            String field = context.inflector.argument(argument.name(), i);
            argumentNames.add(field);
            input.field(newInputObjectField().name(field)
                    .type(proc.requires(i) ? GraphQLNonNull.nonNull(type.get()) : type.get()));
        }
        Optional<Result> result = result(proc);
        if (result.isEmpty()) {
            LOG.fine(() -> "mutation " + proc.qualifiedName() + " left out: return type not supported");
            return;
        }
        FieldPlan.MutationResult resultPlan = new FieldPlan.MutationResult(result.get().shape(),
                proc.returnTypeOid());
        GraphQLFieldDefinition resultField = result.get().type() == null ? null : newFieldDefinition()
                .name(context.inflector.functionResultField(proc, namedType(result.get().type()),
                        result.get().shape().shape() == Shape.LIST || returnsArray(proc)))
                .description("What the function returned.")
                .type(result.get().type()).build();
        String payloadName = context.inflector.functionPayloadType(proc);
        GraphQLOutputType payload = context.payloads.function(payloadName, name, resultField, resultPlan);
        context.mutationField(name, proc.doc().description(), Deprecation.reason(proc.doc()), input.build(), payload,
                new MutationPlan.CallFunction(proc, argumentNames, result.get().shape(), payloadName));
    }

    /**
     * How the function's result is exposed: the rows of an exposed table or composite type, or of its output
     * parameters, as its object type, anything else as the GraphQL type of its PostgreSQL type.
     *
     * <p>The JWT type ({@code forum_example.jwt_token}) is not a table here: {@link TypeMapper} maps it to the
     * {@code JwtToken} scalar ({@link JwtType}), so it takes the last branch, one value read as a JSON object of
     * its attributes (null when the function returns null), which the scalar signs.
     */
    private Optional<Result> result(PgProc proc) {
        PgType type = context.catalog.type(proc.returnTypeOid());
        if (type.schema().equals("pg_catalog") && type.name().equals("void")) {
            return Optional.of(new Result(null, new ReturnShape(null, Shape.SINGLE)));
        }
        Shape shape = proc.returnsSet() ? Shape.LIST : Shape.SINGLE;
        Optional<TableRef> table = proc.returnsRecord() ? context.records.of(proc)
                : context.tableOfRowType(proc.returnTypeOid());
        if (table.isPresent()) {
            GraphQLOutputType row = typeRef(table.get().typeName());
            return Optional.of(new Result(proc.returnsSet() ? GraphQLList.list(row) : row,
                    new ReturnShape(table.get(), shape)));
        }
        if (proc.returnsRecord() || type.isArray() && context.catalog.type(type.elementOid()).isComposite()) {
            return Optional.empty();
        }
        return context.types.output(proc.returnTypeOid()).map(scalar -> new Result(
                proc.returnsSet() ? GraphQLList.list(scalar) : scalar, new ReturnShape(null, shape)));
    }

    private boolean returnsArray(PgProc proc) {
        return context.catalog.type(proc.returnTypeOid()).isArray();
    }

    private static String namedType(GraphQLOutputType type) {
        GraphQLType named = type;
        while (named instanceof GraphQLModifiedType modified) {
            named = modified.getWrappedType();
        }
        return ((GraphQLNamedType) named).getName();
    }
}
