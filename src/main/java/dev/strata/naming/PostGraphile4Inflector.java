package dev.strata.naming;

import dev.strata.catalog.PgArgument;
import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgClass;
import dev.strata.catalog.PgConstraint;
import dev.strata.catalog.PgProc;
import dev.strata.catalog.PgType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PostGraphile 4's inflection, with its smart tags ({@code @name}, {@code @fieldName}, ...): by default, or with
 * classic ids ({@code --classic-ids}: the node id field is {@code id}, a column {@code id} is {@code rowId}).
 */
public final class PostGraphile4Inflector implements Inflector {

    private final boolean classicIds;

    /** PostGraphile 4's default names. */
    public PostGraphile4Inflector() {
        this(false);
    }

    public PostGraphile4Inflector(boolean classicIds) {
        this.classicIds = classicIds;
    }

    @Override
    public String tableType(PgClass table) {
        return Case.upperCamel(English.singular(tableName(table)));
    }

    @Override
    public String allRows(PgClass table) {
        return Case.camel("all_" + English.plural(tableName(table)));
    }

    @Override
    public String allRowsList(PgClass table) {
        return allRows(table) + "List";
    }

    /** The root field that fetches a row by its node id, e.g. {@code person(nodeId:)}. */
    @Override
    public String rowByNodeId(PgClass table) {
        return Case.camel(English.singular(tableName(table)));
    }

    /** The identifier a node id of this table starts with, e.g. {@code people} in {@code ["people",1]}. */
    @Override
    public String nodeIdPrefix(PgClass table) {
        // PostGraphile 4 pluralizes the table's own name: no @name, no camel case ("cheap_items")
        return English.plural(table.name());
    }

    @Override
    public String rowByUniqueKey(PgClass table, List<PgAttribute> keys, PgConstraint constraint) {
        return fieldName(constraint).orElseGet(() -> Case.camel(English.singular(tableName(table)) + "_by_"
                + joinColumns(keys)));
    }

    @Override
    public String connection(String typeName) {
        return Case.upperCamel(English.plural(typeName) + "_connection");
    }

    @Override
    public String edge(String typeName) {
        return Case.upperCamel(English.plural(typeName) + "_edge");
    }

    @Override
    public String orderByType(String typeName) {
        return Case.upperCamel(English.plural(typeName) + "_order_by");
    }

    @Override
    public String orderByValue(PgAttribute column, boolean ascending) {
        // with classic ids too: ID_ASC sorts by the column rowId
        return Case.constant(tagOrOwnName(column) + (ascending ? "_asc" : "_desc"));
    }

    @Override
    public String orderByValue(PgProc computedColumn, PgClass table, boolean ascending) {
        return Case.constant(computedColumn(computedColumn, table) + (ascending ? "_asc" : "_desc"));
    }

    @Override
    public String conditionType(String typeName) {
        return typeName + "Condition";
    }

    @Override
    public String column(PgAttribute column) {
        return Case.camel(columnName(column));
    }

    /** The forward relation of foreign key {@code key}, e.g. {@code personByAuthorId}. */
    @Override
    public String singleRelation(PgClass foreignTable, List<PgAttribute> keys, PgConstraint key) {
        return fieldName(key).orElseGet(() -> Case.camel(English.singular(tableName(foreignTable)) + "_by_"
                + joinColumns(keys)));
    }

    /** The backward relation of a foreign key over unique columns, e.g. {@code personAccountByPersonId}. */
    @Override
    public String singleRelationBackward(PgClass table, List<PgAttribute> keys, PgConstraint key) {
        return key.doc().tag("foreignSingleFieldName").or(() -> key.doc().tag("foreignFieldName"))
                .orElseGet(() -> Case.camel(English.singular(tableName(table)) + "_by_" + joinColumns(keys)));
    }

    @Override
    public String manyRelation(PgClass table, List<PgAttribute> keys, PgConstraint key) {
        return key.doc().tag("foreignFieldName")
                .orElseGet(() -> Case.camel(English.plural(tableName(table)) + "_by_" + joinColumns(keys)));
    }

    /** The list of a backward relation; with only {@code @foreignFieldName} it is that name, as in PostGraphile 4. */
    @Override
    public String manyRelationList(PgClass table, List<PgAttribute> keys, PgConstraint key) {
        return key.doc().tag("foreignSimpleFieldName").or(() -> key.doc().tag("foreignFieldName"))
                .orElseGet(() -> manyRelation(table, keys, key) + "List");
    }

    /**
     * {@code person_full_name(person)} on table {@code person} becomes {@code fullName}; PostGraphile 4 reads the
     * function's own name here, not its {@code @name}, and {@code @fieldName} replaces the result.
     */
    @Override
    public String computedColumn(PgProc proc, PgClass table) {
        String prefix = table.name() + "_";
        String name = proc.name().startsWith(prefix) ? proc.name().substring(prefix.length()) : proc.name();
        return proc.doc().tag("fieldName").orElseGet(() -> Case.camel(name));
    }

    @Override
    public String computedColumnList(PgProc proc, PgClass table) {
        return computedColumn(proc, table) + "List";
    }

    @Override
    public String function(PgProc proc) {
        return Case.camel(procName(proc));
    }

    @Override
    public String functionList(PgProc proc) {
        return function(proc) + "List";
    }

    @Override
    public String functionConnection(PgProc proc) {
        return Case.upperCamel(procName(proc) + "_connection");
    }

    @Override
    public String functionEdge(PgProc proc) {
        return Case.upperCamel(English.singular(procName(proc)) + "_edge");
    }

    @Override
    public String recordType(PgProc proc) {
        return proc.doc().tag("resultTypeName").orElseGet(() -> Case.upperCamel(procName(proc) + "_record"));
    }

    @Override
    public String recordField(PgArgument output, int index) {
        return argument(output.name(), index + 1);
    }

    // -- mutations --

    /** The field of a table's row in mutation inputs and payloads, e.g. {@code post}. */
    @Override
    public String tableField(PgClass table) {
        return Case.camel(singularTableName(table));
    }

    /** The table's rows as error messages name them, e.g. {@code posts} (PostgreSQL's words, not camel-cased). */
    @Override
    public String collectionName(PgClass table) {
        return English.plural(singularTableName(table));
    }

    @Override
    public String createField(PgClass table) {
        return Case.camel("create_" + singularTableName(table));
    }

    @Override
    public String createInputType(PgClass table) {
        return Case.upperCamel("create_" + singularTableName(table) + "_input");
    }

    @Override
    public String createPayloadType(PgClass table) {
        return Case.upperCamel("create_" + singularTableName(table) + "_payload");
    }

    /** The row input of create mutations, e.g. {@code PostInput}. */
    @Override
    public String inputType(String typeName) {
        return Case.upperCamel(typeName + "_input");
    }

    /** The patch of update mutations, e.g. {@code PostPatch}. */
    @Override
    public String patchType(String typeName) {
        return Case.upperCamel(typeName + "_patch");
    }

    /** The patch's field in update inputs, e.g. {@code postPatch}. */
    @Override
    public String patchField(PgClass table) {
        return Case.camel(singularTableName(table) + "_patch");
    }

    /** {@code updatePost}: update by node id. */
    @Override
    public String updateByNodeId(PgClass table) {
        return Case.camel("update_" + singularTableName(table));
    }

    /** {@code deletePost}: delete by node id. */
    @Override
    public String deleteByNodeId(PgClass table) {
        return Case.camel("delete_" + singularTableName(table));
    }

    @Override
    public String updateByKeys(PgClass table, List<PgAttribute> keys, PgConstraint constraint) {
        return constraint.doc().tag("updateFieldName")
                .orElseGet(() -> Case.camel("update_" + singularTableName(table) + "_by_" + joinColumns(keys)));
    }

    @Override
    public String deleteByKeys(PgClass table, List<PgAttribute> keys, PgConstraint constraint) {
        return constraint.doc().tag("deleteFieldName")
                .orElseGet(() -> Case.camel("delete_" + singularTableName(table) + "_by_" + joinColumns(keys)));
    }

    /** The input type of a mutation field, e.g. {@code UpdatePostByIdInput} for {@code updatePostById}. */
    @Override
    public String mutationInputType(String mutationField) {
        return Case.upperCamel(mutationField + "_input");
    }

    @Override
    public String updatePayloadType(PgClass table) {
        return Case.upperCamel("update_" + singularTableName(table) + "_payload");
    }

    @Override
    public String deletePayloadType(PgClass table) {
        return Case.upperCamel("delete_" + singularTableName(table) + "_payload");
    }

    /** {@code deletedPostId}; PostGraphile 4 builds it from the table's own name, ignoring {@code @name}. */
    @Override
    public String deletedNodeId(PgClass table) {
        return Case.camel("deleted_" + English.singular(table.name()) + "_id");
    }

    /** The payload's edge field, e.g. {@code postEdge}. */
    @Override
    public String edgeField(PgClass table) {
        return Case.camel(singularTableName(table) + "_edge");
    }

    /** A function argument's GraphQL name: its name in camel case, {@code arg0}, {@code arg1}, ... when unnamed. */
    @Override
    public String argument(String name, int index) {
        return name.isEmpty() ? "arg" + index : Case.camel(name);
    }

    @Override
    public String functionPayloadType(PgProc proc) {
        return Case.upperCamel(procName(proc) + "_payload");
    }

    @Override
    public String functionInputType(PgProc proc) {
        return Case.upperCamel(procName(proc) + "_input");
    }

    /**
     * The payload field holding a mutation function's result, named after the GraphQL type of its values
     * ({@code person}, {@code jwtToken}; {@code boolean}, {@code integer}, {@code float}, {@code string} for the
     * built-in scalars), plural when the function returns a set or an array.
     */
    @Override
    public String functionResultField(PgProc proc, String typeName, boolean plural) {
        String name = proc.doc().tag("resultFieldName").orElse(null);
        if (name != null) {
            return name;
        }
        List<PgArgument> outputs = proc.outputs();
        name = outputs.size() == 1 && !outputs.get(0).name().isEmpty() ? Case.camel(outputs.get(0).name())
                : proc.returnsRecord() ? "result" : switch (typeName) {
            case "Int" -> "integer";
            case "Float" -> "float";
            case "Boolean" -> "boolean";
            case "String" -> "string";
            default -> Case.camel(typeName);
        };
        return plural ? English.plural(name) : name;
    }

    @Override
    public String enumType(PgType type) {
        // @enumName is the name as it is
        return type.doc().tag("enumName").orElseGet(() -> Case.upperCamel(type.doc().tag("name").orElse(type.name())));
    }

    @Override
    public Optional<String> enumValue(String label) {
        return EnumLabels.valueName(label);
    }

    @Override
    public String domainType(PgType type) {
        return Case.upperCamel(type.doc().tag("name").orElse(type.name()));
    }

    @Override
    public String rangeType(String subtypeName) {
        return subtypeName + "Range";
    }

    @Override
    public String rangeBoundType(String subtypeName) {
        return subtypeName + "RangeBound";
    }

    private String tableName(PgClass table) {
        return table.doc().tag("name").orElse(table.name());
    }

    private String singularTableName(PgClass table) {
        return English.singular(tableName(table));
    }

    private static Optional<String> fieldName(PgConstraint constraint) {
        return constraint.doc().tag("fieldName").or(() -> constraint.doc().tag("name"));
    }

    private String columnName(PgAttribute column) {
        String name = tagOrOwnName(column);
        return classicIds && name.equals("id") ? "row_id" : name;
    }

    private static String tagOrOwnName(PgAttribute column) {
        return column.doc().tag("name").orElse(column.name());
    }

    private String procName(PgProc proc) {
        return proc.doc().tag("name").orElse(proc.name());
    }

    private String joinColumns(List<PgAttribute> keys) {
        List<String> names = new ArrayList<>();
        keys.forEach(key -> names.add(columnName(key)));
        return String.join("_and_", names);
    }

    @Override
    public String nodeIdField() {
        return classicIds ? "id" : "nodeId";
    }
}
