package dev.strata.behavior;

import java.util.List;
import java.util.Set;

/**
 * The behaviors Strata's generators ask about, with PostGraphile 5's names, the kind of entity each
 * is asked of, and what it controls (examples use the forum schema and PostGraphile 4's names).
 * Entries asked of no kind are families: names users write (e.g. {@code -resource:connection}) that
 * reach the specific ones through tail matching.
 *
 * <p>A fragment in user text is <em>known</em> when it matches at least one of these scopes (so
 * {@code update}, {@code *:update}, {@code -*} and {@code resource:*} are known; {@code updat} and
 * {@code proc:resource:connection} are not). Unknown fragments are kept, and warned about once.
 */
public enum KnownBehavior {

    // -- tables (resources) --
    TABLE_TYPE("table", "the table's object type exists (without it nothing can refer to the table)", EntityKind.TABLE),
    RESOURCE_SELECT("resource:select", "the row type implements Node (with type:node); the family of every read of"
            + " the rows", EntityKind.TABLE),
    NODE_ID_RESOURCE_SELECT("nodeId:resource:select", "rows are fetched by node id: Query.post(nodeId:), and"
            + " node(nodeId:) answering a Post (also needs the row type to implement Node); Strata's: PostGraphile 5"
            + " asks nothing of its own for them, PostGraphile 4's @omit read and privileges remove them alone",
            EntityKind.TABLE),
    QUERY_RESOURCE_CONNECTION("query:resource:connection", "Query.allPosts, a connection over all rows", EntityKind.TABLE),
    QUERY_RESOURCE_LIST("query:resource:list", "Query.allPostsList, a plain list of all rows", EntityKind.TABLE),
    RESOURCE_INSERT("resource:insert", "Mutation.createPost", EntityKind.TABLE),
    RESOURCE_UPDATE("resource:update", "update mutations at all (each also asks its constraint)", EntityKind.TABLE),
    RESOURCE_DELETE("resource:delete", "delete mutations at all (each also asks its constraint)", EntityKind.TABLE),
    INSERT_RESOURCE_SELECT("insert:resource:select", "the created row on createPost's payload", EntityKind.TABLE),
    UPDATE_RESOURCE_SELECT("update:resource:select", "the updated row on an update payload", EntityKind.TABLE),
    DELETE_RESOURCE_SELECT("delete:resource:select", "the deleted row on a delete payload", EntityKind.TABLE),
    DELETE_RESOURCE_NODE_ID("delete:resource:nodeId", "deletedPostId (node id) on a delete payload", EntityKind.TABLE),
    NODE_ID_RESOURCE_UPDATE("nodeId:resource:update", "Mutation.updatePost by node id", EntityKind.TABLE),
    NODE_ID_RESOURCE_DELETE("nodeId:resource:delete", "Mutation.deletePost by node id", EntityKind.TABLE),
    TYPE_NODE("type:node", "the row type implements Node (its nodeId field); without it no row is fetched or"
            + " written by node id either", EntityKind.TABLE),
    TOTAL_COUNT("totalCount", "totalCount on connections of these rows", EntityKind.TABLE),
    RESOURCE_CONNECTION("resource:connection", "every connection of the rows; asked alone for the edge of a mutation"
            + " payload (postEdge) and its connection type", EntityKind.TABLE),
    RESOURCE_CONNECTION_BACKWARDS("resource:connection:backwards", "last and before on connections of the rows",
            EntityKind.TABLE, EntityKind.FUNCTION),

    // -- condition arguments: "<the collection field's scope>:filter", asked of the table whose rows the field
    //    returns, or of the set-returning function (orderBy asks plain "order" of the table, as PostGraphile 5) --
    QUERY_RESOURCE_CONNECTION_FILTER("query:resource:connection:filter", "condition on allPosts", EntityKind.TABLE),
    QUERY_RESOURCE_LIST_FILTER("query:resource:list:filter", "condition on allPostsList", EntityKind.TABLE),
    MANY_RELATION_RESOURCE_CONNECTION_FILTER("manyRelation:resource:connection:filter",
            "condition on Person.postsByAuthorId", EntityKind.TABLE),
    MANY_RELATION_RESOURCE_LIST_FILTER("manyRelation:resource:list:filter",
            "condition on Person.postsByAuthorIdList", EntityKind.TABLE),
    SINGULAR_RELATION_RESOURCE_CONNECTION_FILTER("singularRelation:resource:connection:filter",
            "condition on the deprecated connection of a one-to-one backward relation", EntityKind.TABLE),
    SINGULAR_RELATION_RESOURCE_LIST_FILTER("singularRelation:resource:list:filter",
            "condition on the deprecated list of a one-to-one backward relation", EntityKind.TABLE),
    QUERY_FIELD_RESOURCE_CONNECTION_FILTER("queryField:resource:connection:filter", "condition on Query.searchPosts",
            EntityKind.FUNCTION),
    QUERY_FIELD_RESOURCE_LIST_FILTER("queryField:resource:list:filter", "condition on Query.searchPostsList",
            EntityKind.FUNCTION),
    TYPE_FIELD_RESOURCE_CONNECTION_FILTER("typeField:resource:connection:filter",
            "condition on a set-returning computed column's connection", EntityKind.FUNCTION),
    TYPE_FIELD_RESOURCE_LIST_FILTER("typeField:resource:list:filter",
            "condition on a set-returning computed column's list", EntityKind.FUNCTION),

    // -- unique constraints (primary keys included) --
    QUERY_RESOURCE_SINGLE("query:resource:single", "Query.postById, the row by this key", EntityKind.UNIQUE_CONSTRAINT),
    CONSTRAINT_RESOURCE_UPDATE("constraint:resource:update", "Mutation.updatePostById", EntityKind.UNIQUE_CONSTRAINT),
    CONSTRAINT_RESOURCE_DELETE("constraint:resource:delete", "Mutation.deletePostById", EntityKind.UNIQUE_CONSTRAINT),

    // -- columns (attributes) --
    ATTRIBUTE_SELECT("attribute:select", "the column's field on the row type", EntityKind.COLUMN),
    ATTRIBUTE_INSERT("attribute:insert", "the column's field in the create input", EntityKind.COLUMN),
    ATTRIBUTE_UPDATE("attribute:update", "the column's field in the patch", EntityKind.COLUMN),
    ATTRIBUTE_ORDER_BY("attribute:orderBy", "HEADLINE_ASC/HEADLINE_DESC in PostsOrderBy", EntityKind.COLUMN),
    CONDITION_ATTRIBUTE_FILTER_BY("condition:attribute:filterBy", "the column's field in PostCondition", EntityKind.COLUMN),

    // -- foreign keys (relations; the target table's tags are the parent layer) --
    SINGULAR_RELATION_RESOURCE_SINGLE("singularRelation:resource:single",
            "Post.personByAuthorId, and one-to-one backward fields", EntityKind.FOREIGN_KEY),
    SINGULAR_RELATION_RESOURCE_CONNECTION("singularRelation:resource:connection",
            "PostGraphile 4's deprecated connection beside a one-to-one backward relation", EntityKind.FOREIGN_KEY),
    SINGULAR_RELATION_RESOURCE_LIST("singularRelation:resource:list",
            "a deprecated list beside a one-to-one backward relation (off by default)", EntityKind.FOREIGN_KEY),
    MANY_RELATION_RESOURCE_CONNECTION("manyRelation:resource:connection", "Person.postsByAuthorId",
            EntityKind.FOREIGN_KEY),
    MANY_RELATION_RESOURCE_LIST("manyRelation:resource:list", "Person.postsByAuthorIdList", EntityKind.FOREIGN_KEY),

    // -- functions (procs) --
    QUERY_FIELD("queryField", "the function is a Query field", EntityKind.FUNCTION),
    MUTATION_FIELD("mutationField", "the function is a Mutation field", EntityKind.FUNCTION),
    TYPE_FIELD("typeField", "the function is a computed column (Person.fullName)", EntityKind.FUNCTION),
    QUERY_FIELD_RESOURCE_CONNECTION("queryField:resource:connection", "Query.searchPosts as a connection",
            EntityKind.FUNCTION),
    QUERY_FIELD_RESOURCE_LIST("queryField:resource:list", "Query.searchPostsList as a list", EntityKind.FUNCTION),
    TYPE_FIELD_RESOURCE_CONNECTION("typeField:resource:connection", "a set-returning computed column as a connection",
            EntityKind.FUNCTION),
    TYPE_FIELD_RESOURCE_LIST("typeField:resource:list", "a set-returning computed column as a list",
            EntityKind.FUNCTION),
    PROC_ORDER_BY("proc:orderBy", "a computed column in its table's orderBy enum (V4 @sortable)", EntityKind.FUNCTION),
    CONDITION_PROC_FILTER_BY("condition:proc:filterBy", "a computed column in its table's condition"
            + " (V4 @filterable; proc:filterBy reaches it)", EntityKind.FUNCTION),

    // -- types (enum, composite, domain) --
    JWT("jwt", "the composite type is the JWT type (set by configuration, not by behaviors)"),

    // -- families --
    SELECT("select", "every ...:select; on an enum, domain or composite type, the columns of that type"
            + " (attribute:select)"),
    RESOURCE_LIST("resource:list", "every list of a resource's rows"),
    RESOURCE_SINGLE("resource:single", "every single-row field of a resource"),
    ORDER("order", "the orderBy argument of every collection of the table's rows, and a mutation payload's edge"
            + " (postEdge(orderBy:), which also needs resource:connection); V4 @omit order", EntityKind.TABLE),
    RESOURCE_CONNECTION_ORDER("resource:connection:order", "registered by PostGraphile 5, asked by neither"),
    RESOURCE_LIST_ORDER("resource:list:order", "registered by PostGraphile 5, asked by neither"),
    FILTER("filter", "every condition argument (V4 @omit filter on a table; @filterable on a function)"),
    ATTRIBUTE_FILTER_BY("attribute:filterBy", "filtering by a column anywhere");

    private final String scope;
    private final String meaning;
    private final Set<EntityKind> askedOf;
    private final List<String> words;

    KnownBehavior(String scope, String meaning, EntityKind... askedOf) {
        this.scope = scope;
        this.meaning = meaning;
        this.askedOf = Set.of(askedOf);
        this.words = Scopes.parseWanted(scope);
    }

    private static final java.util.Map<String, KnownBehavior> BY_SCOPE = java.util.Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(KnownBehavior::scope, known -> known));

    /** The {@code condition} argument of the collection field this behavior stands for: {@code <scope>:filter}. */
    public KnownBehavior filter() {
        KnownBehavior filter = BY_SCOPE.get(scope + ":filter");
        if (filter == null) {
            throw new IllegalStateException(scope + " has no :filter behavior");
        }
        return filter;
    }

    /** The behavior's scope, e.g. {@code constraint:resource:update}. */
    public String scope() {
        return scope;
    }

    /** What the behavior controls. */
    public String meaning() {
        return meaning;
    }

    /** The kinds of entity generators ask this of; empty for a family. */
    public Set<EntityKind> askedOf() {
        return askedOf;
    }

    List<String> words() {
        return words;
    }

    /** Whether the fragment matches at least one known behavior. */
    static boolean recognizes(Fragment fragment) {
        for (KnownBehavior known : values()) {
            if (fragment.matchesWords(known.words)) {
                return true;
            }
        }
        return false;
    }
}
