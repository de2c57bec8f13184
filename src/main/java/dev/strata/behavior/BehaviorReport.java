package dev.strata.behavior;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What shaped a generated schema, for inspecting it: the resolved behavior of every catalog entity (by label,
 * e.g. {@code column forum_example.post.body}; each fragment knows its source) and every warning about smart
 * tags and behaviors that were not understood. Immutable.
 */
public record BehaviorReport(Map<String, ResolvedBehavior> entities, List<String> warnings) {

    public BehaviorReport {
        entities = Collections.unmodifiableMap(new LinkedHashMap<>(entities));
        warnings = List.copyOf(warnings);
    }

    /**
     * The report as plain maps and lists (for JSON): {@code warnings}, then {@code entities}, each with its
     * {@code behavior} string and its {@code fragments} ({@code fragment}, {@code source}), left to right.
     *
     * @param entityFilter only the entities whose label contains this text; all when null or blank
     * @param explain      a behavior to decide for each entity (adds {@code allowed} and {@code explanation}),
     *                     or null
     * @throws IllegalArgumentException when {@code explain} is not a behavior scope
     */
    public Map<String, Object> describe(String entityFilter, String explain) {
        Optional<String> wanted = Optional.ofNullable(explain).map(String::strip).filter(s -> !s.isEmpty());
        wanted.ifPresent(Scopes::parseWanted);
        Map<String, Object> described = new LinkedHashMap<>();
        entities.forEach((label, behavior) -> {
            if (entityFilter == null || entityFilter.isBlank() || label.contains(entityFilter.strip())) {
                described.put(label, describe(behavior, wanted));
            }
        });
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("warnings", warnings);
        report.put("entities", described);
        return report;
    }

    private static Map<String, Object> describe(ResolvedBehavior behavior, Optional<String> wanted) {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("behavior", behavior.toString());
        List<Map<String, String>> fragments = new ArrayList<>();
        for (Fragment fragment : behavior.fragments()) {
            Map<String, String> described = new LinkedHashMap<>();
            described.put("fragment", fragment.text());
            described.put("source", fragment.source());
            fragments.add(described);
        }
        entity.put("fragments", fragments);
        wanted.ifPresent(scope -> {
            entity.put("allowed", behavior.allows(scope));
            entity.put("explanation", behavior.explain(scope));
        });
        return entity;
    }
}
