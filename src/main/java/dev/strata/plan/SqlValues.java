package dev.strata.plan;

import dev.strata.catalog.Catalog;
import dev.strata.catalog.PgAttribute;
import dev.strata.catalog.PgType;
import dev.strata.sql.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How values cross between GraphQL and SQL: columns are read in PostGraphile 4's output formats (64-bit integers
 * and numerics as strings, JSON as itself for the {@code JSON} scalar to write as text; intervals, ranges and hstore values as JSON objects), and arguments are bound as
 * text parameters ({@link TextLiterals}) cast to the column's own type.
 */
public final class SqlValues {

    private static final Set<String> AS_TEXT = Set.of("int8", "numeric");
    /** Built-in types whose JSON PostGraphile 4 writes otherwise once parsed: fractional numbers, JSON itself. */
    private static final Set<String> REWRITTEN = Set.of("float4", "float8", "money", "json", "jsonb");

    private final Catalog catalog;
    private final TextLiterals literals;
    private final Function<String, Optional<String>> enumNames;

    /**
     * @param fieldNames the GraphQL name of a composite type's attribute, as its input type names it
     * @param enumNames  the GraphQL name of an enum label
     */
    public SqlValues(Catalog catalog, Function<PgAttribute, String> fieldNames,
                     Function<String, Optional<String>> enumNames) {
        this.catalog = catalog;
        this.literals = new TextLiterals(catalog, fieldNames);
        this.enumNames = enumNames;
    }

    /** {@link #output}, but an enum's label as its GraphQL name: the value as the response writes it. */
    Sql responseOutput(Sql expression, long typeOid) {
        PgType type = base(typeOid);
        if (!type.isEnum()) {
            return output(expression, typeOid);
        }
        List<Sql> cases = new ArrayList<>();
        for (String label : type.enumValues()) {
            enumNames.apply(label).ifPresent(name -> cases.add(Sql.of(" when {} then {}", Sql.literal(label),
                    Sql.literal(name))));
        }
        return Sql.of("case ({})::text{} end", expression, Sql.concat(cases.toArray(Sql[]::new)));
    }

    /**
     * The compact JSON text of a value in a node id or cursor, as PostGraphile 4 writes it ({@code null} for
     * null); empty for values whose text parsing and writing again would change (fractions, objects, arrays).
     */
    Optional<Sql> jsonText(Sql expression, long typeOid) {
        PgType type = base(typeOid);
        if (type.isArray() || type.isComposite() || isObject(type)
                || type.schema().equals("pg_catalog") && REWRITTEN.contains(type.name())) {
            return Optional.empty();
        }
        return Optional.of(Sql.of("coalesce(to_json({})::text, 'null')", output(expression, typeOid)));
    }

    /** The expression to put into a {@code json_build_object} for a value of this type. */
    public Sql output(Sql expression, long typeOid) {
        PgType type = base(typeOid);
        if (type.isArray()) {
            PgType element = base(type.elementOid());
            if (isObject(element)) {
                return Sql.of("(select case when a.v is null then null else coalesce((select json_agg({} order by "
                        + "e.o) from unnest(a.v) with ordinality as e(v, o)), '[]'::json) end from (select {} as v) "
                        + "as a)", object(Sql.raw("e.v"), element), expression);
            }
            return needsText(element) ? Sql.of("({})::text[]", expression) : expression;
        }
        if (isObject(type)) {
            return Sql.of("(select case when s.v is null then null else {} end from (select {} as v) as s)",
                    object(Sql.raw("s.v"), type), expression);
        }
        if (isBuiltIn(type, "money")) {
            return Sql.of("({})::numeric", expression);
        }
        return needsText(type) ? Sql.of("({})::text", expression) : expression;
    }

    /**
     * Whether a function's null result of this type is answered as an object of nulls, as PostGraphile 4 answers it:
     * for a domain over a composite type (read from the function as a row of its columns); a composite is null.
     */
    public boolean nullResultIsObject(long typeOid) {
        return catalog.type(typeOid).isDomain() && base(typeOid).isComposite();
    }

    /** Whether values of the type (through domains) are composite: objects of their attributes. */
    boolean isComposite(long typeOid) {
        return base(typeOid).isComposite();
    }

    /** The element type of an array type (through domains), or 0 for any other type. */
    long arrayElement(long typeOid) {
        PgType type = base(typeOid);
        return type.isArray() ? type.elementOid() : 0;
    }

    /** A bind parameter holding the value as text, cast to the type. */
    public Sql bind(Object value, long typeOid) {
        return Sql.value(value == null ? null : literals.text(value, typeOid), typeName(typeOid));
    }

    public Sql typeName(long typeOid) {
        PgType type = catalog.type(typeOid);
        if (type.isEnum() && type.baseOid() != 0) {
            return typeName(type.baseOid());   // an enum table's enum: its labels' own type
        }
        return Sql.identifier(type.schema(), type.name());
    }

    /** Values PostGraphile 4 gives as objects: intervals, ranges, hstore. */
    private boolean isObject(PgType type) {
        return type.isRange() || isBuiltIn(type, "interval") || type.name().equals("hstore") && type.kind() == 'b';
    }

    /** The JSON object of a non-null value {@code v} of an {@link #isObject} type. */
    private Sql object(Sql v, PgType type) {
        if (type.isRange()) {
            long subtype = type.rangeSubtypeOid();
            return Sql.of("json_build_object('start', case when isempty({}) or lower_inf({}) then null else "
                            + "json_build_object('value', {}, 'inclusive', lower_inc({})) end, 'end', case when "
                            + "isempty({}) or upper_inf({}) then null else json_build_object('value', {}, 'inclusive', "
                            + "upper_inc({})) end)", v, v, output(Sql.of("lower({})", v), subtype), v, v, v,
                    output(Sql.of("upper({})", v), subtype), v);
        }
        if (isBuiltIn(type, "interval")) {
            return Sql.of("json_build_object('seconds', extract(second from {})::float8, 'minutes', extract(minute "
                    + "from {})::int, 'hours', extract(hour from {})::int, 'days', extract(day from {})::int, "
                    + "'months', extract(month from {})::int, 'years', extract(year from {})::int)", v, v, v, v, v, v);
        }
        return Sql.of("({})::json", v);
    }

    private static boolean isBuiltIn(PgType type, String name) {
        return type.schema().equals("pg_catalog") && type.name().equals(name);
    }

    private boolean needsText(PgType type) {
        return type.schema().equals("pg_catalog") ? AS_TEXT.contains(type.name())
                : type.kind() == 'b' && type.category() != 'S';
    }

    private PgType base(long typeOid) {
        PgType type = catalog.type(typeOid);
        while (type.isDomain()) {
            type = catalog.type(type.baseOid());
        }
        return type;
    }
}
