package dev.strata.schema;

import dev.strata.plan.RowFilter;
import dev.strata.plan.TableRef;
import graphql.schema.GraphQLArgument;
import java.util.Optional;

/**
 * A filtering argument of the collection fields over a table's rows ({@code condition}, and any added later). A
 * feature that provides one registers it with {@link CollectionTypes#addFilter}; every collection field whose
 * behavior allows filtering ({@code <scope>:filter}) then gets it, with the plan its value compiles through.
 */
interface RowFilterArgument {

    /** The argument and its plan for this table's rows; empty when the table has nothing to filter by. */
    Optional<Filter> argument(TableRef table);

    /** A filtering argument and the plan the compiler follows for its value. */
    record Filter(GraphQLArgument argument, RowFilter plan) {
    }
}
