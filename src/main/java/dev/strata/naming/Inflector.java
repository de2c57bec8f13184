package dev.strata.naming;

import dev.strata.catalog.PgArgument;
import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgClass;
import dev.strata.catalog.PgConstraint;
import dev.strata.catalog.PgProc;
import dev.strata.catalog.PgType;
import java.util.List;
import java.util.Optional;

/**
 * Every GraphQL name Strata generates. The schema features take every name from here, and the compiler asks the
 * same methods for the names it reads back, so another inflector (PostGraphile 5's {@code rowId}, say) renames the
 * API without touching either. {@link PostGraphile4Inflector} gives PostGraphile 4's default inflection ({@code allPeople},
 * {@code postById}, {@code personByAuthorId}, {@code postsByAuthorId}, {@code PeopleOrderBy}, …).
 * A {@code @name} smart tag replaces the database name an inflection starts from (tables, columns, functions,
 * enum and composite types). As in PostGraphile 4, a constraint's tags name the fields it gives whole:
 * {@code @fieldName} (the forward relation, the row-by-key lookup; Strata also reads {@code @name} here),
 * {@code @foreignFieldName} (the backward relation), {@code @foreignSimpleFieldName} (its list),
 * {@code @foreignSingleFieldName} (a one-to-one backward relation), {@code @updateFieldName} and
 * {@code @deleteFieldName} (the by-key mutations); a computed column's function takes {@code @fieldName}.
 */
public interface Inflector {

    String tableType(PgClass table);

    String allRows(PgClass table);

    String allRowsList(PgClass table);

    /** The root field that fetches a row by its node id, e.g. {@code person(nodeId:)}. */
    String rowByNodeId(PgClass table);

    /** The identifier a node id of this table starts with, e.g. {@code people} in {@code ["people",1]}. */
    String nodeIdPrefix(PgClass table);

    String rowByUniqueKey(PgClass table, List<PgAttribute> keys, PgConstraint constraint);

    String connection(String typeName);

    String edge(String typeName);

    String orderByType(String typeName);

    String orderByValue(PgAttribute column, boolean ascending);

    /** A {@code @sortable} computed column's value in its table's order-by enum: {@code FULL_NAME_ASC}. */
    String orderByValue(PgProc computedColumn, PgClass table, boolean ascending);

    String conditionType(String typeName);

    String column(PgAttribute column);

    /** The forward relation of foreign key {@code key}, e.g. {@code personByAuthorId}. */
    String singleRelation(PgClass foreignTable, List<PgAttribute> keys, PgConstraint key);

    /** The backward relation of a foreign key over unique columns, e.g. {@code personAccountByPersonId}. */
    String singleRelationBackward(PgClass table, List<PgAttribute> keys, PgConstraint key);

    String manyRelation(PgClass table, List<PgAttribute> keys, PgConstraint key);

    /** The list of a backward relation; with only {@code @foreignFieldName} it is that name, as in PostGraphile 4. */
    String manyRelationList(PgClass table, List<PgAttribute> keys, PgConstraint key);

    /**
     * {@code person_full_name(person)} on table {@code person} becomes {@code fullName}; PostGraphile 4 reads the
     * function's own name here, not its {@code @name}, and {@code @fieldName} replaces the result.
     */
    String computedColumn(PgProc proc, PgClass table);

    String computedColumnList(PgProc proc, PgClass table);

    String function(PgProc proc);

    String functionList(PgProc proc);

    String functionConnection(PgProc proc);

    String functionEdge(PgProc proc);

    /**
     * The object type of the rows a function returns through several output parameters, e.g.
     * {@code ItemStatsRecord}; {@code @resultTypeName} replaces it.
     */
    String recordType(PgProc proc);

    /** The field of a record type for an output parameter: as {@link #argument}, numbered from 1. */
    String recordField(PgArgument output, int index);

    /** The field of a table's row in mutation inputs and payloads, e.g. {@code post}. */
    String tableField(PgClass table);

    /** The table's rows as error messages name them, e.g. {@code posts} (PostgreSQL's words, not camel-cased). */
    String collectionName(PgClass table);

    String createField(PgClass table);

    String createInputType(PgClass table);

    String createPayloadType(PgClass table);

    /** The row input of create mutations, e.g. {@code PostInput}. */
    String inputType(String typeName);

    /** The patch of update mutations, e.g. {@code PostPatch}. */
    String patchType(String typeName);

    /** The patch's field in update inputs, e.g. {@code postPatch}. */
    String patchField(PgClass table);

    /** {@code updatePost}: update by node id. */
    String updateByNodeId(PgClass table);

    /** {@code deletePost}: delete by node id. */
    String deleteByNodeId(PgClass table);

    String updateByKeys(PgClass table, List<PgAttribute> keys, PgConstraint constraint);

    String deleteByKeys(PgClass table, List<PgAttribute> keys, PgConstraint constraint);

    /** The input type of a mutation field, e.g. {@code UpdatePostByIdInput} for {@code updatePostById}. */
    String mutationInputType(String mutationField);

    String updatePayloadType(PgClass table);

    String deletePayloadType(PgClass table);

    /** {@code deletedPostId}; PostGraphile 4 builds it from the table's own name, ignoring {@code @name}. */
    String deletedNodeId(PgClass table);

    /** The payload's edge field, e.g. {@code postEdge}. */
    String edgeField(PgClass table);

    /** A function argument's GraphQL name: its name in camel case, {@code arg0}, {@code arg1}, ... when unnamed. */
    String argument(String name, int index);

    String functionPayloadType(PgProc proc);

    String functionInputType(PgProc proc);

    /**
     * The payload field holding a mutation function's result, named after the GraphQL type of its values
     * ({@code person}, {@code jwtToken}; {@code boolean}, {@code integer}, {@code float}, {@code string} for the
     * built-in scalars), plural when the function returns a set or an array; after its one output parameter when
     * that has a name, {@code result} for a record of several.
     */
    String functionResultField(PgProc proc, String typeName, boolean plural);

    String enumType(PgType type);

    /** The GraphQL name of an enum label; empty when the label gives no valid name (the enum is then left out). */
    Optional<String> enumValue(String label);

    /** The scalar (or enum, or object type) of a domain: {@code PositiveInt} for {@code positive_int}. */
    String domainType(PgType type);

    /** {@code IntRange} for a range of {@code Int}: named after the GraphQL type of the range's subtype. */
    String rangeType(String subtypeName);

    /** {@code IntRangeBound}: one end of such a range. */
    String rangeBoundType(String subtypeName);

    /** The field of a node id, in row types and as the argument of lookups by node id. */
    String nodeIdField();
}
