package dev.strata.plan;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One field of an operation as the compiler sees it: fragments merged, skipped fields gone, variables and
 * defaults already applied to the arguments, and the object types for which it was selected.
 */
public record Selection(String name, String resultKey, Map<String, Object> arguments, List<Selection> children,
                        Set<String> objectTypes) {

    public Selection {
        arguments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
        children = List.copyOf(children);
        objectTypes = Set.copyOf(objectTypes);
    }

    /** The root field a data fetcher was called for, with its whole selection. */
    public static Selection of(DataFetchingEnvironment environment) {
        return new Selection(environment.getField().getName(), environment.getField().getResultKey(),
                environment.getArguments(), children(environment.getSelectionSet().getImmediateFields()),
                Set.of(environment.getExecutionStepInfo().getObjectType().getName()));
    }

    private static Selection of(SelectedField field) {
        return new Selection(field.getName(), field.getResultKey(), field.getArguments(),
                children(field.getSelectionSet().getImmediateFields()), Set.copyOf(field.getObjectTypeNames()));
    }

    private static List<Selection> children(List<SelectedField> fields) {
        List<Selection> children = new ArrayList<>(fields.size());
        for (SelectedField field : fields) {
            if (!field.getName().startsWith("__")) {
                children.add(of(field));
            }
        }
        return children;
    }

    /** Whether this field was selected on the given object type (fields of fragments on other types are not). */
    public boolean appliesTo(String typeName) {
        return objectTypes.contains(typeName);
    }

    public Object argument(String name) {
        return arguments.get(name);
    }

}
