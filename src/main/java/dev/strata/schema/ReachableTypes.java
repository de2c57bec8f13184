package dev.strata.schema;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLImplementingType;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLModifiedType;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLType;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The types a schema's roots and row types lead to. Features make connection, edge, order-by and payload types
 * as soon as a field might use them; a behavior can then remove every field that did (a table's {@code -connection}
 * leaves {@code PostsConnection} unused), and as in PostGraphile 5 an unused type is not in the schema.
 */
final class ReachableTypes {

    private final Map<String, GraphQLNamedType> byName;
    private final Set<String> reached = new HashSet<>();
    private final Deque<String> pending = new ArrayDeque<>();

    private ReachableTypes(Collection<GraphQLNamedType> types) {
        byName = types.stream().collect(Collectors.toMap(GraphQLNamedType::getName, Function.identity(),
                (first, second) -> first));
    }

    /** Those of {@code candidates} that a field or argument reachable from {@code roots} refers to. */
    static List<GraphQLNamedType> of(List<? extends GraphQLNamedType> roots, Collection<GraphQLNamedType> candidates) {
        List<GraphQLNamedType> all = new java.util.ArrayList<>(candidates);
        all.addAll(roots);
        ReachableTypes walk = new ReachableTypes(all);
        roots.forEach(root -> walk.reach(root.getName()));
        walk.drain();
        return candidates.stream().filter(type -> walk.reached.contains(type.getName())).toList();
    }

    private void reach(String name) {
        if (reached.add(name)) {
            pending.add(name);
        }
    }

    private void reach(GraphQLType type) {
        GraphQLType named = type;
        while (named instanceof GraphQLModifiedType modified) {
            named = modified.getWrappedType();
        }
        reach(((GraphQLNamedType) named).getName());
    }

    private void drain() {
        while (!pending.isEmpty()) {
            GraphQLNamedType type = byName.get(pending.poll());
            if (type instanceof GraphQLFieldsContainer container) {
                for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                    reach(field.getType());
                    field.getArguments().stream().map(GraphQLArgument::getType).forEach(this::reach);
                }
            }
            if (type instanceof GraphQLImplementingType implementing) {
                implementing.getInterfaces().stream().map(GraphQLNamedOutputType::getName).forEach(this::reach);
            }
            if (type instanceof GraphQLInputObjectType input) {
                input.getFieldDefinitions().forEach(field -> reach(field.getType()));
            }
        }
    }
}
