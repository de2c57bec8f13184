package dev.strata.naming;

/**
 * The names no inflector changes: the root types, and the fields and arguments of the Relay connection and
 * mutation conventions PostGraphile 4 follows. The schema features declare them and the compiler reads them back
 * through these constants, so the two cannot drift apart.
 */
public final class FixedNames {

    public static final String QUERY = "Query";
    public static final String MUTATION = "Mutation";
    public static final String NODE = "Node";
    public static final String PAGE_INFO = "PageInfo";

    /** {@code Query.query} and a payload's {@code query}: the root query type again. */
    public static final String QUERY_FIELD = "query";
    /** {@code Query.node(nodeId:)}, and an edge's {@code node}. */
    public static final String NODE_FIELD = "node";

    // -- collection arguments --
    public static final String FIRST = "first";
    public static final String LAST = "last";
    public static final String OFFSET = "offset";
    public static final String BEFORE = "before";
    public static final String AFTER = "after";
    public static final String ORDER_BY = "orderBy";
    public static final String CONDITION = "condition";

    // -- connections, edges and page info --
    public static final String NODES = "nodes";
    public static final String EDGES = "edges";
    public static final String PAGE_INFO_FIELD = "pageInfo";
    public static final String TOTAL_COUNT = "totalCount";
    public static final String CURSOR = "cursor";
    public static final String HAS_NEXT_PAGE = "hasNextPage";
    public static final String HAS_PREVIOUS_PAGE = "hasPreviousPage";
    public static final String START_CURSOR = "startCursor";
    public static final String END_CURSOR = "endCursor";

    // -- order-by values every table has --
    public static final String NATURAL = "NATURAL";
    public static final String PRIMARY_KEY_ASC = "PRIMARY_KEY_ASC";
    public static final String PRIMARY_KEY_DESC = "PRIMARY_KEY_DESC";

    // -- mutations --
    public static final String INPUT = "input";
    public static final String CLIENT_MUTATION_ID = "clientMutationId";

    private FixedNames() {
    }
}
