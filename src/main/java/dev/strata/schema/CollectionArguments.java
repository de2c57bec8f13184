package dev.strata.schema;

import dev.strata.plan.RowFilter;
import graphql.schema.GraphQLArgument;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The arguments of a collection field, and the plans of those that filter its rows, by argument name. */
record CollectionArguments(List<GraphQLArgument> arguments, Map<String, RowFilter> filters) {

    CollectionArguments {
        arguments = List.copyOf(arguments);
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    }
}
