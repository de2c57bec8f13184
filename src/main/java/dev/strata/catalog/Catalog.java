package dev.strata.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything Strata knows about the exposed schemas, read once by {@link Introspector}. Immutable. */
public final class Catalog {

    private final List<PgClass> classes;
    private final List<PgProc> procs;
    private final Map<Long, PgType> types;
    private final Map<Long, PgClass> classesByOid;
    private final Map<Long, PgClass> classesByTypeOid;
    private final List<String> warnings;
    private final List<String> schemas;

    /** @param warnings what was read but could not be understood (smart tags), each already logged */
    public Catalog(List<PgClass> classes, List<PgProc> procs, Map<Long, PgType> types, List<String> warnings) {
        this(classes, procs, types, warnings, List.of());
    }

    /**
     * @param schemas the exposed schemas in the configured order: classes and functions come in this order (within a
     *                schema, in the order given), so where two entities would have the same GraphQL name, the first
     *                schema's comes first
     */
    public Catalog(List<PgClass> classes, List<PgProc> procs, Map<Long, PgType> types, List<String> warnings,
                   List<String> schemas) {
        this.warnings = List.copyOf(warnings);
        this.schemas = List.copyOf(schemas);
        this.classes = classes.stream().sorted(java.util.Comparator.comparingInt(c -> schemaRank(c.schema())))
                .toList();
        this.procs = procs.stream().sorted(java.util.Comparator.comparingInt(p -> schemaRank(p.schema()))).toList();
        this.types = Map.copyOf(types);
        this.classesByOid = index(classes, PgClass::oid);
        this.classesByTypeOid = index(classes, PgClass::typeOid);
    }

    private static Map<Long, PgClass> index(List<PgClass> classes, Function<PgClass, Long> key) {
        return classes.stream().collect(Collectors.toMap(key, c -> c, (a, b) -> a, LinkedHashMap::new));
    }

    /** The exposed schemas in the configured order. */
    public List<String> schemas() {
        return schemas;
    }

    /** The position of the schema in the configured order; after every exposed schema for any other schema. */
    public int schemaRank(String schema) {
        int rank = schemas.indexOf(schema);
        return rank < 0 ? schemas.size() : rank;
    }

    public List<PgClass> classes() {
        return classes;
    }

    public List<PgProc> procs() {
        return procs;
    }

    /** Every type the exposed classes and functions refer to, and every type of the exposed schemas. */
    public List<PgType> types() {
        return types.values().stream().sorted(java.util.Comparator.comparing(PgType::qualifiedName)).toList();
    }

    /** What was read but could not be understood (e.g. a {@code @foreignKey} naming no table), each logged. */
    public List<String> warnings() {
        return warnings;
    }

    public PgType type(long oid) {
        PgType type = types.get(oid);
        if (type == null) {
            throw new IllegalArgumentException("type " + oid + " is not in the catalog");
        }
        return type;
    }

    public Optional<PgClass> classByOid(long oid) {
        return Optional.ofNullable(classesByOid.get(oid));
    }

    /** The table, view or composite type whose row type is the given type. */
    public Optional<PgClass> classByTypeOid(long typeOid) {
        return Optional.ofNullable(classesByTypeOid.get(typeOid));
    }
}
