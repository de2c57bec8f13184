package dev.strata.schema;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLImplementingType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLModifiedType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeReference;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The types a schema's roots and row types lead to. Features make connection, edge, order-by and payload types
 * as soon as a field might use them; a behavior can then remove every field that did (a table's {@code -connection}
 * leaves {@code PostsConnection} unused), and as in PostGraphile 5 an unused type is not in the schema.
 *
 * <p>The walk visits each type once, whether a field holds it or a reference to it by name, so it costs the size of
 * the schema, however deep its relations go: it gives graphql-java's schema builder every type, sparing it the
 * traversal that walks the parents of each type along its path from the root (a chain of 1 000 related tables
 * made that quadratic in the path's length).
 */
final class ReachableTypes {

    private final Map<String, GraphQLNamedType> candidates = new HashMap<>();
    private final Map<String, GraphQLNamedType> reached = new LinkedHashMap<>();
    private final Set<String> referenced = new HashSet<>();
    private final Deque<GraphQLNamedType> pending = new ArrayDeque<>();

    private ReachableTypes(Collection<? extends GraphQLNamedType> types) {
        types.forEach(type -> candidates.putIfAbsent(type.getName(), type));
    }

    /**
     * Every named type reachable from {@code roots}, the roots included: those of {@code candidates} a field,
     * argument or interface refers to by name, and every type a reachable type holds itself (enums, inputs,
     * scalars).
     *
     * @throws IllegalStateException when a type is referred to by a name no type has, or two types share a name
     */
    static Collection<GraphQLNamedType> of(List<? extends GraphQLNamedType> roots,
                                           Collection<GraphQLNamedType> candidates) {
        ReachableTypes walk = new ReachableTypes(roots);
        candidates.forEach(type -> walk.candidates.putIfAbsent(type.getName(), type));
        roots.forEach(walk::reach);
        walk.drain();
        return walk.reached.values();
    }

    private void reach(GraphQLType type) {
        GraphQLType named = type;
        while (named instanceof GraphQLModifiedType modified) {
            named = modified.getWrappedType();
        }
        if (named instanceof GraphQLTypeReference reference) {
            GraphQLNamedType candidate = candidates.get(reference.getName());
            if (candidate == null) {
                referenced.add(reference.getName());
            } else {
                add(candidate);
            }
        } else {
            add((GraphQLNamedType) named);
        }
    }

    private void add(GraphQLNamedType type) {
        GraphQLNamedType known = reached.putIfAbsent(type.getName(), type);
        if (known == null) {
            pending.add(type);
        } else if (known != type) {
            throw new IllegalStateException("Two different types are named " + type.getName());
        }
    }

    private void drain() {
        while (!pending.isEmpty()) {
            GraphQLNamedType type = pending.poll();
            if (type instanceof GraphQLFieldsContainer container) {
                for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                    reach(field.getType());
                    field.getArguments().stream().map(GraphQLArgument::getType).forEach(this::reach);
                }
            }
            if (type instanceof GraphQLImplementingType implementing) {
                implementing.getInterfaces().forEach(this::reach);
            }
            if (type instanceof GraphQLInputObjectType input) {
                input.getFieldDefinitions().stream().map(GraphQLInputObjectField::getType).forEach(this::reach);
            }
        }
        referenced.removeAll(reached.keySet());
        if (!referenced.isEmpty()) {
            throw new IllegalStateException("No type is named " + referenced);
        }
    }
}
