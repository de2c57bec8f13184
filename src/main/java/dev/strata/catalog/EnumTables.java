package dev.strata.catalog;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * PostGraphile 4's enum tables. A table (or view) tagged {@code @enum} is a list of labels: it is not served as a
 * table, and its primary key becomes an enum type named after the table, its values the key's values in the order
 * the table gives them, each described by the {@code description} column (or the one tagged
 * {@code @enumDescription}) if there is one. A primary key or unique constraint tagged {@code @enum} does the same
 * for a table that stays a table; its enum is named {@code <table>_<constraint>}. {@code @enumName} (on the table or
 * the constraint) names the enum as it is, the table's comment describes it. Every column with a single-column
 * foreign key to such a key takes the enum as its type, wherever it appears (outputs, inputs, conditions,
 * ordering); the labels must be text ({@code text}, {@code varchar}, {@code char}).
 *
 * <p>Where PostGraphile 4 refuses to start (a key of several columns, a table it cannot read or without a label),
 * Strata makes no enum of that key, logs one warning saying why, and the columns keep their own type.
 */
final class EnumTables {

    private static final Logger LOG = Logger.getLogger(EnumTables.class.getPackageName());
    /** {@code text}, {@code varchar}, {@code "char"}, {@code char(n)}: the label types PostGraphile 4 reads. */
    private static final Set<Long> TEXT_TYPES = Set.of(25L, 1043L, 18L, 1042L);
    private static final String TAG = "enum";

    /** Reads a table's labels. */
    @FunctionalInterface
    interface TableRows {
        /** Every row of the table (in the order it gives them), the given columns' values as text by name. */
        List<Map<String, String>> read(PgClass table, List<PgAttribute> columns) throws SQLException;
    }

    private final Catalog catalog;
    private final TableRows rows;
    private final Map<Long, PgType> types = new LinkedHashMap<>();
    /** The enum type each referencing column takes: class oid → column name → type oid. */
    private final Map<Long, Map<String, Long>> retyped = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();

    private EnumTables(Catalog catalog, TableRows rows) {
        this.catalog = catalog;
        this.rows = rows;
    }

    /** The catalog with each enum table's enum types added, its referencing columns retyped and the table gone. */
    static Catalog apply(Catalog catalog, TableRows rows) {
        EnumTables enums = new EnumTables(catalog, rows);
        catalog.classes().stream().filter(PgClass::isSelectable).forEach(enums::enumsOf);
        if (enums.types.isEmpty() && enums.warnings.isEmpty()) {
            return catalog;
        }
        enums.warnings.forEach(LOG::warning);
        List<PgClass> classes = catalog.classes().stream().filter(table -> !isEnumTable(table))
                .map(enums::retype).toList();
        Map<Long, PgType> types = new HashMap<>();
        Stream.concat(catalog.types().stream(), enums.types.values().stream())
                .forEach(type -> types.put(type.oid(), type));
        List<String> warnings = new ArrayList<>(catalog.warnings());
        warnings.addAll(enums.warnings);
        return new Catalog(classes, catalog.procs(), types, warnings, catalog.schemas());
    }

    private static boolean isEnumTable(PgClass table) {
        return table.isSelectable() && table.doc().has(TAG);
    }

    private void enumsOf(PgClass table) {
        List<PgConstraint> keys = table.constraints().stream().filter(key -> key.isUnique()
                && (key.doc().has(TAG) || key.isPrimaryKey() && isEnumTable(table))).toList();
        if (keys.isEmpty()) {
            return;
        }
        List<PgAttribute> textColumns = table.attributes().stream()
                .filter(column -> TEXT_TYPES.contains(column.typeOid())).toList();
        List<Map<String, String>> labels;
        try {
            labels = rows.read(table, textColumns);
        } catch (SQLException e) {
            warnings.add("The enum table " + table.qualifiedName() + " gives no enum: it cannot be read ("
                    + e.getMessage().strip() + "); the login role needs USAGE on its schema and SELECT on it.");
            return;
        }
        Optional<PgAttribute> descriptions = table.attributes().stream().filter(column -> column.name()
                .equals("description") || column.doc().has("enumDescription")).findFirst();
        for (PgConstraint key : keys) {
            if (key.columns().size() != 1) {
                warnings.add("The enum constraint " + key.name() + " of " + table.qualifiedName()
                        + " gives no enum: it has " + key.columns().size() + " columns, an enum needs exactly one.");
                continue;
            }
            String column = key.columns().get(0);
            List<Map<String, String>> labelled = labels.stream().filter(row -> row.get(column) != null).toList();
            if (labelled.isEmpty()) {
                warnings.add("The enum constraint " + key.name() + " of " + table.qualifiedName() + " gives no "
                        + "enum: no row the login role can see has a text value in its column " + column + ".");
                continue;
            }
            PgType type = enumType(table, key, labelled, descriptions);
            types.put(type.oid(), type);
            retypeReferences(table, column, type.oid());
        }
    }

    private PgType enumType(PgClass table, PgConstraint key, List<Map<String, String>> labelled,
                            Optional<PgAttribute> descriptions) {
        String column = key.columns().get(0);
        Map<String, List<String>> tags = new LinkedHashMap<>(table.doc().tags());
        tags.putAll(key.doc().tags());
        List<String> described = descriptions.map(d -> labelled.stream().map(row -> row.get(d.name())).toList())
                .orElse(List.of());
        // not a pg_type row: an oid below zero, which PostgreSQL never gives
        long oid = -1L - types.size();
        return new PgType(oid, table.schema(), key.isPrimaryKey() ? table.name() : table.name() + "_" + key.name(),
                'e', 'E', 0, table.attribute(column).orElseThrow().typeOid(), 0,
                labelled.stream().map(row -> row.get(column)).toList(),
                new Documentation(table.doc().description(), tags), described);
    }

    /** Every column with a foreign key to just this column of the table takes the enum type. */
    private void retypeReferences(PgClass table, String column, long enumOid) {
        for (PgClass referencing : catalog.classes()) {
            referencing.constraints().stream().filter(key -> key.isForeignKey()
                            && key.foreignClassOid() == table.oid() && key.foreignColumns().equals(List.of(column)))
                    .forEach(key -> retyped.computeIfAbsent(referencing.oid(), oid -> new HashMap<>())
                            .put(key.columns().get(0), enumOid));
        }
    }

    private PgClass retype(PgClass table) {
        Map<String, Long> columns = retyped.get(table.oid());
        if (columns == null) {
            return table;
        }
        List<PgAttribute> attributes = table.attributes().stream().map(a -> columns.containsKey(a.name())
                ? new PgAttribute(a.name(), a.num(), columns.get(a.name()), a.typmod(), a.notNull(),
                        a.hasDefault(), a.generated(), a.doc(), a.privileges())
                : a).toList();
        return new PgClass(table.oid(), table.schema(), table.name(), table.kind(), table.typeOid(), attributes,
                table.constraints(), table.doc(), table.privileges(), table.supports());
    }
}
