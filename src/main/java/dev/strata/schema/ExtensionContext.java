package dev.strata.schema;

import dev.strata.naming.FixedNames;
import dev.strata.plan.FieldPlan;
import dev.strata.plan.KeyedRows;
import dev.strata.plan.TableRef;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dataloader.BatchLoaderWithContext;

/**
 * What a {@link SchemaExtension} may do to the schema being built: add root fields and fields on generated row
 * types, each resolved by its own Java code in the request's transaction, and add the types they use. A field
 * whose name the type already has fails the build with a message naming both.
 */
public final class ExtensionContext {

    private final BuildContext context;
    private final String extension;

    ExtensionContext(BuildContext context, String extension) {
        this.context = context;
        this.extension = extension;
    }

    /** A field of the Query type; {@code resolver} runs in the request's read-only transaction. */
    public void addQueryField(GraphQLFieldDefinition field, DataFetcher<?> resolver) {
        addRootField(FixedNames.QUERY, field, context.rootFetchers().java(resolver, false));
    }

    /** A field of the Mutation type; {@code resolver} runs in the request's transaction, in its own savepoint. */
    public void addMutationField(GraphQLFieldDefinition field, DataFetcher<?> resolver) {
        addRootField(FixedNames.MUTATION, field, context.rootFetchers().java(resolver, true));
    }

    /** Whether a type of this name is a generated row type with a primary key (Java code may answer its rows). */
    public boolean isKeyedRowType(String typeName) {
        return rowType(typeName).filter(TableRef::hasPrimaryKey).isPresent();
    }

    /**
     * A root field whose Java code answers rows of a generated row type (objects holding at least the type's
     * primary key fields): one SQL statement then reads the field's whole selection of those rows by their keys,
     * so relations, computed columns and node ids work as on any generated field.
     *
     * @param list whether the field is a list of rows, or one row
     */
    public void addRowsField(boolean mutation, GraphQLFieldDefinition field, String typeName, boolean list,
                             DataFetcher<?> resolver) {
        TableRef table = rowType(typeName).filter(TableRef::hasPrimaryKey).orElseThrow(() ->
                new IllegalArgumentException(extension + " answers " + typeName + " from " + field.getName()
                        + ", which is not a generated row type with a primary key"));
        List<String> keyFields = table.primaryKey().stream().map(context.inflector::column).toList();
        addRootField(mutation ? FixedNames.MUTATION : FixedNames.QUERY, field,
                context.rootFetchers().javaRows(resolver, new KeyedRows(table, list), keyFields, mutation));
    }

    private Optional<TableRef> rowType(String typeName) {
        return context.tables().stream().filter(table -> table.typeName().equals(typeName)).findFirst();
    }

    /**
     * A field of a generated row type computed in Java from the row: the compiled SQL of the root field reads
     * the row's fields named in {@code sourceFields} into the field's value, an object by field name, which
     * {@code resolver} receives as its source.
     *
     * @throws IllegalArgumentException when the type is not a generated row type or lacks one of the fields
     */
    public void addRowField(String typeName, GraphQLFieldDefinition field, List<String> sourceFields,
                            DataFetcher<?> resolver) {
        context.field(typeName, field, new FieldPlan.JavaSource(reads(typeName, field, sourceFields)), resolver);
    }

    /**
     * A field of a generated row type computed in Java for all the rows of a request at once: as
     * {@link #addRowField}, but the values of every row are handed together to {@code loader}, with the
     * environment of each row's field as its key context, and its answers are the fields' values in order.
     */
    public void addBatchedRowField(String typeName, GraphQLFieldDefinition field, List<String> sourceFields,
                                   BatchLoaderWithContext<Object, Object> loader) {
        String name = typeName + "." + field.getName();
        Map<String, FieldPlan> reads = reads(typeName, field, sourceFields);
        context.batchLoaders.put(name, loader);
        context.field(typeName, field, new FieldPlan.JavaSource(reads), environment -> environment
                .getDataLoader(name).load(((Map<?, ?>) environment.getSource()).get(environment.getField()
                        .getResultKey()), environment));
    }

    /** The plans of the row's fields a Java field reads, checked; the field's name is checked to be free. */
    private Map<String, FieldPlan> reads(String typeName, GraphQLFieldDefinition field, List<String> sourceFields) {
        if (rowType(typeName).isEmpty()) {
            throw new IllegalArgumentException(extension + " adds " + typeName + "." + field.getName()
                    + ", but " + typeName + " is not a generated row type");
        }
        Map<String, FieldPlan> reads = new LinkedHashMap<>();
        for (String name : sourceFields) {
            Optional<FieldPlan> plan = context.plans.get(typeName, name).filter(FieldPlan.Column.class::isInstance);
            if (plan.isEmpty()) {
                throw new IllegalArgumentException(extension + " needs " + typeName + "." + name + " for "
                        + typeName + "." + field.getName() + ", but " + typeName + " has no such column field");
            }
            reads.put(name, plan.get());
        }
        checkFree(typeName, field.getName());
        return reads;
    }

    /** A type the extension's fields use (an object, input or enum type of its own). */
    public void addType(GraphQLNamedType type) {
        context.extraTypes.add(type);
    }

    /** Whether the schema being built has a type of this name (generated or added). */
    public boolean hasType(String name) {
        return context.tables().stream().anyMatch(table -> table.typeName().equals(name))
                || context.extraTypes.stream().anyMatch(type -> type.getName().equals(name));
    }

    /**
     * One of Strata's scalars, for Java values of the same kind: {@code BigInt} (long, BigInteger),
     * {@code BigFloat} (BigDecimal), {@code UUID}, {@code Date}, {@code Datetime}, {@code Time}, {@code JSON}.
     */
    public GraphQLScalarType scalar(String name) {
        GraphQLScalarType scalar = switch (name) {
            case "BigInt" -> CustomScalars.BIG_INT;
            case "BigFloat" -> CustomScalars.BIG_FLOAT;
            case "UUID" -> CustomScalars.UUID;
            case "Date" -> CustomScalars.DATE;
            case "Datetime" -> CustomScalars.DATETIME;
            case "Time" -> CustomScalars.TIME;
            case "JSON" -> context.types.json();
            default -> throw new IllegalArgumentException("no Strata scalar " + name);
        };
        context.extraTypes.add(scalar);
        return scalar;
    }

    /** Registers the data fetcher of a field of one of the extension's own object types. */
    public void resolveField(GraphQLObjectType type, String fieldName, DataFetcher<?> resolver) {
        context.code.dataFetcher(graphql.schema.FieldCoordinates.coordinates(type.getName(), fieldName), resolver);
    }

    private void addRootField(String typeName, GraphQLFieldDefinition field, DataFetcher<?> fetcher) {
        checkFree(typeName, field.getName());
        context.field(typeName, field, fetcher);
    }

    private void checkFree(String typeName, String fieldName) {
        if (context.fields(typeName).stream().anyMatch(existing -> existing.getName().equals(fieldName))) {
            throw new SchemaConflict(typeName + "." + fieldName + " is defined twice: by the generated schema (or "
                    + "an earlier extension) and by " + extension);
        }
    }

    /** Two definitions of one field. */
    public static final class SchemaConflict extends IllegalStateException {
        SchemaConflict(String message) {
            super(message);
        }
    }
}
