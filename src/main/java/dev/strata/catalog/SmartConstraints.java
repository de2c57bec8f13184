package dev.strata.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the constraints that smart tags declare on tables and views, as PostGraphile 4 reads them:
 * {@code @primaryKey a,b}, {@code @unique a,b} and
 * {@code @foreignKey (a,b) references [schema.]table [(c,d)]}, each optionally followed by
 * {@code |@tag value} parts that become the constraint's own smart tags (e.g. {@code |@fieldName author}).
 * A referenced table without a schema is looked up in the tagged class's schema; referenced columns default to
 * its primary key. The constraints get PostgreSQL's default names ({@code <table>_pkey},
 * {@code <table>_<columns>_key}, {@code <table>_<columns>_fkey}), so everything downstream (lookups by key,
 * node ids, relations, mutations by key) treats a tagged view exactly like a table.
 *
 * <p>A tag that cannot be understood is left out with one warning naming the class and the text; it never
 * stops the catalog from being read.
 */
final class SmartConstraints {

    private static final Logger LOG = Logger.getLogger(SmartConstraints.class.getPackageName());
    private static final Pattern FOREIGN_KEY = Pattern.compile(
            "\\(([^()]+)\\)\\s*references\\s+([^\\s()]+)\\s*(?:\\(([^()]*)\\))?", Pattern.CASE_INSENSITIVE);

    private final List<String> warnings = new ArrayList<>();

    private SmartConstraints() {
    }

    /** The classes with their declared constraints added, and the warnings about tags that were left out. */
    record Result(List<PgClass> classes, List<String> warnings) {
    }

    static Result apply(List<PgClass> classes) {
        SmartConstraints smart = new SmartConstraints();
        List<PgClass> keyed = classes.stream().map(smart::withKeys).toList();
        List<PgClass> related = keyed.stream().map(c -> smart.withForeignKeys(c, keyed)).toList();
        smart.warnings.forEach(LOG::warning);
        return new Result(related, List.copyOf(smart.warnings));
    }

    private PgClass withKeys(PgClass table) {
        List<PgConstraint> added = new ArrayList<>();
        for (String value : table.doc().values("primaryKey")) {
            if (table.primaryKey().isPresent() || added.stream().anyMatch(PgConstraint::isPrimaryKey)) {
                warn(table, "primaryKey", value, "it already has a primary key");
                continue;
            }
            Declared declared = Declared.parse(value);
            columns(table, "primaryKey", value, declared.spec()).ifPresent(columns -> added.add(new PgConstraint(
                    table.name() + "_pkey", 'p', columns, 0, List.of(), declared.tags())));
        }
        for (String value : table.doc().values("unique")) {
            Declared declared = Declared.parse(value);
            columns(table, "unique", value, declared.spec()).ifPresent(columns -> added.add(new PgConstraint(
                    table.name() + "_" + String.join("_", columns) + "_key", 'u', columns, 0, List.of(),
                    declared.tags())));
        }
        return with(notNullKeys(table, added), added);
    }

    /** A primary key's columns are NOT NULL, as PostgreSQL makes them and PostGraphile 4 assumes for views. */
    private static PgClass notNullKeys(PgClass table, List<PgConstraint> added) {
        List<String> keys = added.stream().filter(PgConstraint::isPrimaryKey).flatMap(k -> k.columns().stream())
                .toList();
        List<PgAttribute> attributes = table.attributes().stream().map(a -> keys.contains(a.name()) && !a.notNull()
                ? new PgAttribute(a.name(), a.num(), a.typeOid(), a.typmod(), true, a.hasDefault(), a.generated(),
                        a.doc(), a.privileges())
                : a).toList();
        return new PgClass(table.oid(), table.schema(), table.name(), table.kind(), table.typeOid(), attributes,
                table.constraints(), table.doc(), table.privileges(), table.supports());
    }

    private PgClass withForeignKeys(PgClass table, List<PgClass> classes) {
        List<PgConstraint> added = new ArrayList<>();
        for (String value : table.doc().values("foreignKey")) {
            Declared declared = Declared.parse(value);
            Matcher matcher = FOREIGN_KEY.matcher(declared.spec());
            if (!matcher.matches()) {
                warn(table, "foreignKey", value, "expected (columns) references [schema.]table [(columns)]");
                continue;
            }
            Optional<List<String>> columns = columns(table, "foreignKey", value, matcher.group(1));
            Optional<PgClass> target = target(table, matcher.group(2), classes);
            if (columns.isEmpty()) {
                continue;
            }
            if (target.isEmpty()) {
                warn(table, "foreignKey", value, "no table or view " + matcher.group(2) + " in the exposed schemas");
                continue;
            }
            Optional<List<String>> targetColumns = matcher.group(3) == null || matcher.group(3).isBlank()
                    ? target.get().primaryKey().map(PgConstraint::columns)
                    : columns(target.get(), "foreignKey", value, matcher.group(3));
            if (targetColumns.isEmpty() || targetColumns.get().size() != columns.get().size()) {
                warn(table, "foreignKey", value, "the referenced columns do not match the columns");
                continue;
            }
            added.add(new PgConstraint(table.name() + "_" + String.join("_", columns.get()) + "_fkey", 'f',
                    columns.get(), target.get().oid(), targetColumns.get(), declared.tags()));
        }
        return with(table, added);
    }

    private Optional<List<String>> columns(PgClass table, String tag, String value, String list) {
        List<String> columns = new ArrayList<>();
        for (String part : list.split(",")) {
            String column = unquoted(part);
            if (table.attribute(column).isEmpty()) {
                warn(table, tag, value, "no column '" + column + "' in " + table.qualifiedName());
                return Optional.empty();
            }
            columns.add(column);
        }
        return Optional.of(List.copyOf(columns));
    }

    private static Optional<PgClass> target(PgClass table, String name, List<PgClass> classes) {
        int dot = name.indexOf('.');
        String schema = dot < 0 ? table.schema() : unquoted(name.substring(0, dot));
        String relation = unquoted(name.substring(dot + 1));
        return classes.stream().filter(c -> c.isSelectable() && c.schema().equals(schema)
                && c.name().equals(relation)).findFirst();
    }

    private static PgClass with(PgClass table, List<PgConstraint> added) {
        if (added.isEmpty()) {
            return table;
        }
        List<PgConstraint> constraints = new ArrayList<>(table.constraints());
        constraints.addAll(added);
        constraints.sort(Comparator.comparing(PgConstraint::type).thenComparing(PgConstraint::name));
        return new PgClass(table.oid(), table.schema(), table.name(), table.kind(), table.typeOid(),
                table.attributes(), constraints, table.doc(), table.privileges(), table.supports());
    }

    private static String unquoted(String identifier) {
        String name = identifier.strip();
        return name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")
                ? name.substring(1, name.length() - 1) : name;
    }

    private void warn(PgClass table, String tag, String value, String why) {
        warnings.add("@" + tag + " '" + value + "' on " + kind(table) + " " + table.qualifiedName()
                + " is ignored: " + why);
    }

    private static String kind(PgClass table) {
        return switch (table.kind()) {
            case 'v' -> "view";
            case 'm' -> "materialized view";
            case 'f' -> "foreign table";
            default -> "table";
        };
    }

    /** A tag value split into its constraint spec and the {@code |@tag value} parts after it. */
    private record Declared(String spec, Documentation tags) {
        static Declared parse(String value) {
            String[] parts = value.split("\\|");
            List<String> tagLines = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                tagLines.add(parts[i].strip());
            }
            return new Declared(parts[0].strip(),
                    tagLines.isEmpty() ? Documentation.NONE : Documentation.parse(String.join("\n", tagLines)));
        }
    }
}
