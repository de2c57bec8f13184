package dev.strata.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The {@link FieldPlan} of every generated field, by type name and field name. */
public final class FieldPlans {

    private final Map<String, Map<String, FieldPlan>> plans = new HashMap<>();
    private final Map<String, TableRef> tablesByNodeIdPrefix = new HashMap<>();

    public void put(String typeName, String fieldName, FieldPlan plan) {
        plans.computeIfAbsent(typeName, t -> new HashMap<>()).put(fieldName, plan);
    }

    /** {@code node(nodeId:)} fetches the table's rows; node ids of other tables' rows fetch nothing. */
    public void addNodeLookup(TableRef table) {
        tablesByNodeIdPrefix.put(table.nodeIdPrefix(), table);
    }

    public Optional<FieldPlan> get(String typeName, String fieldName) {
        return Optional.ofNullable(plans.getOrDefault(typeName, Map.of()).get(fieldName));
    }

    public Optional<TableRef> tableByNodeIdPrefix(String prefix) {
        return Optional.ofNullable(tablesByNodeIdPrefix.get(prefix));
    }
}
