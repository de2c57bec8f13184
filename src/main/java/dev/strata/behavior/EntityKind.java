package dev.strata.behavior;

/**
 * The kinds of catalog entity a generator asks about, each with Strata's default behavior: the
 * leftmost layer of the entity's string, chosen so that with no configuration and no tags the schema
 * has PostGraphile 4's shape (connections and no lists, every column in {@code orderBy} and
 * {@code condition}, functions without {@code orderBy}/{@code condition} unless {@code @sortable} /
 * {@code @filterable}). What the catalog forbids (no grant, no primary key, volatility, generated
 * columns) is not here: that is the "inferred" layer, built by whoever reads the catalog.
 */
public enum EntityKind {

    /** A table, view, materialized view or foreign table: its collections, mutations, Node type. */
    TABLE("table select connection -list insert update delete node delete:resource:nodeId order filter totalCount"
            + " resource:connection:backwards"),

    /** A column (attribute) of a table. */
    COLUMN("select insert update orderBy filterBy"),

    /** A primary key or unique constraint: row-by-key lookups and by-key mutations. */
    UNIQUE_CONSTRAINT("single update delete"),

    /**
     * A foreign key constraint: the relation fields on both of its tables. A backward relation over unique
     * columns also keeps PostGraphile 4's deprecated connection ({@code legacyRelations: "deprecated"}).
     */
    FOREIGN_KEY("single connection -list -singularRelation:resource:list"),

    /** A function: a Query or Mutation field, or a computed column ({@code typeField}). */
    FUNCTION("queryField mutationField typeField connection -list -order -filter -orderBy -filterBy"
            + " resource:connection:backwards"),

    /**
     * An enum, composite or domain type. Its tags are the parent layer of the columns of that type (so {@code -select}
     * on an enum leaves out its columns' output fields, as in PostGraphile 5); the type itself is always generated.
     */
    TYPE("select -jwt");

    private final String defaults;

    EntityKind(String defaults) {
        this.defaults = defaults;
    }

    /** Strata's default behavior text for this kind. */
    public String defaults() {
        return defaults;
    }
}
