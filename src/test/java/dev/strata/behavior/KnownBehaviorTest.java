package dev.strata.behavior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KnownBehaviorTest {

    private final BehaviorWarnings warnings = new BehaviorWarnings();

    private static boolean recognized(String text) {
        BehaviorWarnings w = new BehaviorWarnings();
        BehaviorParser.parse(new Layer("t", "t", text), w);
        return w.messages().isEmpty();
    }

    @Test
    void everyKnownBehaviorIsADistinctConcreteScope() {
        Set<String> scopes = Arrays.stream(KnownBehavior.values()).map(KnownBehavior::scope).collect(Collectors.toSet());
        assertEquals(KnownBehavior.values().length, scopes.size());
        for (KnownBehavior known : KnownBehavior.values()) {
            assertEquals(known.scope(), Scopes.join(Scopes.parseWanted(known.scope())));
            assertFalse(known.meaning().isBlank());
        }
    }

    @Test
    void registryHasTheBehaviorsGeneratorsNeed() {
        for (String scope : List.of("resource:connection", "resource:list", "query:resource:connection",
                "query:resource:list", "resource:single", "query:resource:single", "type:node", "nodeId:resource:select",
                "resource:insert", "resource:update", "resource:delete", "constraint:resource:update",
                "constraint:resource:delete",
                "attribute:select", "attribute:insert", "attribute:update", "attribute:orderBy", "attribute:filterBy",
                "condition:attribute:filterBy", "order", "filter", "manyRelation:resource:connection",
                "manyRelation:resource:list", "singularRelation:resource:single", "typeField", "queryField",
                "mutationField", "queryField:resource:connection", "queryField:resource:list", "select", "jwt")) {
            assertTrue(Arrays.stream(KnownBehavior.values()).anyMatch(k -> k.scope().equals(scope)), scope);
        }
    }

    @Test
    void registryRecognizesTailsStarsAndAliases() {
        for (String text : List.of("update", "-update", "*:update", "-*", "resource:*", "node", "connection",
                "list:filter", "-create", "+orderBy", "single", "*:*:*:filter")) {
            assertTrue(recognized(text), text);
        }
    }

    @Test
    void registryRejectsTyposAndNamesPostGraphile5DoesNotHave() {
        for (String text : List.of("updat", "proc:resource:connection", "constraint:resource:single", "root:list",
                "manyToMany", "*:*:*:*:update", "resource:connection:forwards", "query:resource:connection:order")) {
            assertFalse(recognized(text), text);
        }
    }

    @Test
    void everyKindsDefaultsUseOnlyKnownBehaviors() {
        for (EntityKind kind : EntityKind.values()) {
            BehaviorLayers.builder(kind, "any " + kind, warnings).build();
        }
        assertEquals("[]", warnings.messages().toString());
    }

    @Test
    void everyBehaviorAskedOfAKindIsDecidedByThatKindsDefaults() {
        for (KnownBehavior known : KnownBehavior.values()) {
            for (EntityKind kind : known.askedOf()) {
                ResolvedBehavior b = BehaviorLayers.builder(kind, "any " + kind, warnings).build();
                assertTrue(b.decidingFragment(known.scope()).isPresent(), kind + " " + known.scope());
            }
        }
    }

    @Test
    void defaultsGivePostGraphile4sSchemaShape() {
        assertEquals(EnumSet.of(KnownBehavior.QUERY_RESOURCE_LIST), denied(EntityKind.TABLE));
        assertEquals(EnumSet.noneOf(KnownBehavior.class), denied(EntityKind.COLUMN));
        assertEquals(EnumSet.noneOf(KnownBehavior.class), denied(EntityKind.UNIQUE_CONSTRAINT));
        assertEquals(EnumSet.of(KnownBehavior.MANY_RELATION_RESOURCE_LIST, KnownBehavior.SINGULAR_RELATION_RESOURCE_LIST),
                denied(EntityKind.FOREIGN_KEY));
        assertEquals(EnumSet.of(KnownBehavior.QUERY_FIELD, KnownBehavior.MUTATION_FIELD, KnownBehavior.TYPE_FIELD,
                KnownBehavior.QUERY_FIELD_RESOURCE_CONNECTION, KnownBehavior.TYPE_FIELD_RESOURCE_CONNECTION,
                KnownBehavior.RESOURCE_CONNECTION_BACKWARDS),
                allowed(EntityKind.FUNCTION));
    }

    private EnumSet<KnownBehavior> denied(EntityKind kind) {
        EnumSet<KnownBehavior> asked = askedOf(kind);
        asked.removeAll(allowed(kind));
        return asked;
    }

    private EnumSet<KnownBehavior> allowed(EntityKind kind) {
        ResolvedBehavior b = BehaviorLayers.builder(kind, "any " + kind, warnings).build();
        EnumSet<KnownBehavior> allowed = askedOf(kind);
        allowed.removeIf(k -> !b.allows(k));
        return allowed;
    }

    private static EnumSet<KnownBehavior> askedOf(EntityKind kind) {
        EnumSet<KnownBehavior> set = EnumSet.noneOf(KnownBehavior.class);
        for (KnownBehavior known : KnownBehavior.values()) {
            if (known.askedOf().contains(kind)) {
                set.add(known);
            }
        }
        return set;
    }
}
