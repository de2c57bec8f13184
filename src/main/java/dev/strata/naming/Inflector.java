package dev.strata.naming;

import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgClass;
import dev.strata.catalog.PgConstraint;
import dev.strata.catalog.PgProc;
import dev.strata.catalog.PgType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every GraphQL name Strata generates, with PostGraphile 4's default inflection ({@code allPeople},
 * {@code postById}, {@code personByAuthorId}, {@code postsByAuthorId}, {@code PeopleOrderBy}, …).
 * A {@code @name} smart tag replaces the database name an inflection starts from (tables, columns, functions,
 * enum and composite types). As in PostGraphile 4, a constraint's tags name the fields it gives whole:
 * {@code @fieldName} (the forward relation, the row-by-key lookup; Strata also reads {@code @name} here),
 * {@code @foreignFieldName} (the backward relation), {@code @foreignSimpleFieldName} (its list),
 * {@code @foreignSingleFieldName} (a one-to-one backward relation), {@code @updateFieldName} and
 * {@code @deleteFieldName} (the by-key mutations); a computed column's function takes {@code @fieldName}.
 */
public final class Inflector {

    public String tableType(PgClass table) {
        return upperCamel(English.singular(tableName(table)));
    }

    public String allRows(PgClass table) {
        return camel("all_" + English.plural(tableName(table)));
    }

    public String allRowsList(PgClass table) {
        return allRows(table) + "List";
    }

    /** The root field that fetches a row by its node id, e.g. {@code person(nodeId:)}. */
    public String rowByNodeId(PgClass table) {
        return camel(English.singular(tableName(table)));
    }

    /** The identifier a node id of this table starts with, e.g. {@code people} in {@code ["people",1]}. */
    public String nodeIdPrefix(PgClass table) {
        return camel(English.plural(tableType(table)));
    }

    public String rowByUniqueKey(PgClass table, List<PgAttribute> keys, PgConstraint constraint) {
        return fieldName(constraint).orElseGet(() -> camel(English.singular(tableName(table)) + "_by_"
                + joinColumns(keys)));
    }

    public String connection(String typeName) {
        return upperCamel(English.plural(typeName) + "_connection");
    }

    public String edge(String typeName) {
        return upperCamel(English.plural(typeName) + "_edge");
    }

    public String orderByType(String typeName) {
        return upperCamel(English.plural(typeName) + "_order_by");
    }

    public String orderByValue(PgAttribute column, boolean ascending) {
        return constant(columnName(column) + (ascending ? "_asc" : "_desc"));
    }

    public String conditionType(String typeName) {
        return typeName + "Condition";
    }

    public String column(PgAttribute column) {
        return camel(columnName(column));
    }

    /** The forward relation of foreign key {@code key}, e.g. {@code personByAuthorId}. */
    public String singleRelation(PgClass foreignTable, List<PgAttribute> keys, PgConstraint key) {
        return fieldName(key).orElseGet(() -> camel(English.singular(tableName(foreignTable)) + "_by_"
                + joinColumns(keys)));
    }

    /** The backward relation of a foreign key over unique columns, e.g. {@code personAccountByPersonId}. */
    public String singleRelationBackward(PgClass table, List<PgAttribute> keys, PgConstraint key) {
        return key.doc().tag("foreignSingleFieldName").or(() -> key.doc().tag("foreignFieldName"))
                .orElseGet(() -> camel(English.singular(tableName(table)) + "_by_" + joinColumns(keys)));
    }

    public String manyRelation(PgClass table, List<PgAttribute> keys, PgConstraint key) {
        return key.doc().tag("foreignFieldName")
                .orElseGet(() -> camel(English.plural(tableName(table)) + "_by_" + joinColumns(keys)));
    }

    /** The list of a backward relation; with only {@code @foreignFieldName} it is that name, as in PostGraphile 4. */
    public String manyRelationList(PgClass table, List<PgAttribute> keys, PgConstraint key) {
        return key.doc().tag("foreignSimpleFieldName").or(() -> key.doc().tag("foreignFieldName"))
                .orElseGet(() -> manyRelation(table, keys, key) + "List");
    }

    /**
     * {@code person_full_name(person)} on table {@code person} becomes {@code fullName}; PostGraphile 4 reads the
     * function's own name here, not its {@code @name}, and {@code @fieldName} replaces the result.
     */
    public String computedColumn(PgProc proc, PgClass table) {
        String prefix = table.name() + "_";
        String name = proc.name().startsWith(prefix) ? proc.name().substring(prefix.length()) : proc.name();
        return proc.doc().tag("fieldName").orElseGet(() -> camel(name));
    }

    public String computedColumnList(PgProc proc, PgClass table) {
        return computedColumn(proc, table) + "List";
    }

    public String function(PgProc proc) {
        return camel(procName(proc));
    }

    public String functionList(PgProc proc) {
        return function(proc) + "List";
    }

    public String functionConnection(PgProc proc) {
        return upperCamel(procName(proc) + "_connection");
    }

    public String functionEdge(PgProc proc) {
        return upperCamel(English.singular(procName(proc)) + "_edge");
    }

    // -- mutations --

    /** The field of a table's row in mutation inputs and payloads, e.g. {@code post}. */
    public String tableField(PgClass table) {
        return camel(singularTableName(table));
    }

    /** The table's rows as error messages name them, e.g. {@code posts} (PostgreSQL's words, not camel-cased). */
    public String collectionName(PgClass table) {
        return English.plural(singularTableName(table));
    }

    public String createField(PgClass table) {
        return camel("create_" + singularTableName(table));
    }

    public String createInputType(PgClass table) {
        return upperCamel("create_" + singularTableName(table) + "_input");
    }

    public String createPayloadType(PgClass table) {
        return upperCamel("create_" + singularTableName(table) + "_payload");
    }

    /** The row input of create mutations, e.g. {@code PostInput}. */
    public String inputType(String typeName) {
        return upperCamel(typeName + "_input");
    }

    /** The patch of update mutations, e.g. {@code PostPatch}. */
    public String patchType(String typeName) {
        return upperCamel(typeName + "_patch");
    }

    /** The patch's field in update inputs, e.g. {@code postPatch}. */
    public String patchField(PgClass table) {
        return camel(singularTableName(table) + "_patch");
    }

    /** {@code updatePost}: update by node id. */
    public String updateByNodeId(PgClass table) {
        return camel("update_" + singularTableName(table));
    }

    /** {@code deletePost}: delete by node id. */
    public String deleteByNodeId(PgClass table) {
        return camel("delete_" + singularTableName(table));
    }

    public String updateByKeys(PgClass table, List<PgAttribute> keys, PgConstraint constraint) {
        return constraint.doc().tag("updateFieldName")
                .orElseGet(() -> camel("update_" + singularTableName(table) + "_by_" + joinColumns(keys)));
    }

    public String deleteByKeys(PgClass table, List<PgAttribute> keys, PgConstraint constraint) {
        return constraint.doc().tag("deleteFieldName")
                .orElseGet(() -> camel("delete_" + singularTableName(table) + "_by_" + joinColumns(keys)));
    }

    /** The input type of a mutation field, e.g. {@code UpdatePostByIdInput} for {@code updatePostById}. */
    public String mutationInputType(String mutationField) {
        return upperCamel(mutationField + "_input");
    }

    public String updatePayloadType(PgClass table) {
        return upperCamel("update_" + singularTableName(table) + "_payload");
    }

    public String deletePayloadType(PgClass table) {
        return upperCamel("delete_" + singularTableName(table) + "_payload");
    }

    /** {@code deletedPostId}; PostGraphile 4 builds it from the table's own name, ignoring {@code @name}. */
    public String deletedNodeId(PgClass table) {
        return camel("deleted_" + English.singular(table.name()) + "_id");
    }

    /** The payload's edge field, e.g. {@code postEdge}. */
    public String edgeField(PgClass table) {
        return camel(singularTableName(table) + "_edge");
    }

    /** A function argument's GraphQL name: its name in camel case, {@code arg0}, {@code arg1}, ... when unnamed. */
    public String argument(String name, int index) {
        return name.isEmpty() ? "arg" + index : camel(name);
    }

    public String functionPayloadType(PgProc proc) {
        return upperCamel(procName(proc) + "_payload");
    }

    public String functionInputType(PgProc proc) {
        return upperCamel(procName(proc) + "_input");
    }

    /**
     * The payload field holding a mutation function's result, named after the GraphQL type of its values
     * ({@code person}, {@code jwtToken}; {@code boolean}, {@code integer}, {@code float}, {@code string} for the
     * built-in scalars), plural when the function returns a set or an array.
     */
    public String functionResultField(PgProc proc, String typeName, boolean plural) {
        String name = proc.doc().tag("resultFieldName").orElse(null);
        if (name != null) {
            return name;
        }
        name = switch (typeName) {
            case "Int" -> "integer";
            case "Float" -> "float";
            case "Boolean" -> "boolean";
            case "String" -> "string";
            default -> camel(typeName);
        };
        return plural ? English.plural(name) : name;
    }

    public String enumType(PgType type) {
        return upperCamel(type.doc().tag("name").orElse(type.name()));
    }

    public String enumValue(String label) {
        return constant(label);
    }

    public String compositeType(PgType type) {
        return upperCamel(type.doc().tag("name").orElse(type.name()));
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

    public static String camel(String text) {
        List<String> words = words(text);
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            out.append(out.length() == 0 ? word.toLowerCase(Locale.ROOT) : capitalize(word));
        }
        return leadingUnderscores(text) + out;
    }

    public static String upperCamel(String text) {
        return capitalize(camel(text));
    }

    public static String constant(String text) {
        List<String> words = words(text);
        List<String> upper = new ArrayList<>();
        words.forEach(word -> upper.add(word.toUpperCase(Locale.ROOT)));
        return leadingUnderscores(text) + String.join("_", upper);
    }

    private static String leadingUnderscores(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '_') {
            i++;
        }
        return text.substring(0, i);
    }

    /** Words split at non-alphanumeric characters and at lower-to-upper case changes, as lodash does. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
            } else {
                if (Character.isUpperCase(c) && word.length() > 0
                        && !Character.isUpperCase(word.charAt(word.length() - 1))) {
                    flush(word, words);
                }
                word.append(c);
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static String capitalize(String word) {
        if (word.isEmpty()) {
            return word;
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT).substring(0, 0)
                + word.substring(1);
    }
}
