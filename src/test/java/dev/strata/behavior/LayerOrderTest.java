package dev.strata.behavior;

import static dev.strata.behavior.KnownBehavior.ATTRIBUTE_INSERT;
import static dev.strata.behavior.KnownBehavior.ATTRIBUTE_UPDATE;
import static dev.strata.behavior.KnownBehavior.RESOURCE_UPDATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayerOrderTest {

    private final BehaviorWarnings warnings = new BehaviorWarnings();
    private final SmartTags post = SmartTags.of("table forum_example.post", "+update");

    private BehaviorLayers.Builder column(String name) {
        return BehaviorLayers.builder(EntityKind.COLUMN, "column forum_example.post." + name, warnings);
    }

    @Test
    void layersAreOrderedDefaultsGlobalParentInferredOwnWhateverTheCallOrder() {
        ResolvedBehavior b = column("body")
                .own("+orderBy").inferred("-filterBy").parent(post).global("-update").build();
        assertEquals(List.of("defaults", "global", "table forum_example.post @behavior", "inferred",
                        "column forum_example.post.body @behavior"),
                b.fragments().stream().map(Fragment::source).distinct().toList());
    }

    @Test
    void tablePlusUpdateDoesNotReenableAColumnTheCatalogForbids() {
        ResolvedBehavior generated = column("search_vector")
                .global("-update").parent(post).inferred("-attribute:insert -attribute:update").build();
        assertFalse(generated.allows(ATTRIBUTE_UPDATE));
        assertFalse(generated.allows(ATTRIBUTE_INSERT));
        ResolvedBehavior plain = column("body").global("-update").parent(post).build();
        assertTrue(plain.allows(ATTRIBUTE_UPDATE));
    }

    @Test
    void entityOwnTagsOverrideItsInferredLayer() {
        ResolvedBehavior b = column("body").inferred("-attribute:update").own("+attribute:update").build();
        assertTrue(b.allows(ATTRIBUTE_UPDATE));
        ResolvedBehavior table = BehaviorLayers.builder(EntityKind.TABLE, "table app.v", warnings)
                .inferred("-update").own("+update").build();
        assertTrue(table.allows(RESOURCE_UPDATE));
    }

    @Test
    void columnOwnTagsOverrideTheTableTags() {
        ResolvedBehavior b = column("id").parent(post).own("-update").build();
        assertFalse(b.allows(ATTRIBUTE_UPDATE));
    }

    @Test
    void severalParentsApplyInTheOrderAdded() {
        ResolvedBehavior b = column("body")
                .parent(SmartTags.of("type forum_example.body_text", "-update"))
                .parent(post).build();
        assertTrue(b.allows(ATTRIBUTE_UPDATE));
    }

    @Test
    void replacedDefaultsAndEmptyOrNullLayersAreHarmless() {
        ResolvedBehavior b = BehaviorLayers.builder(EntityKind.TABLE, "table app.t", warnings)
                .defaults(null).global(null).global("  ").inferred("").own((String) null).build();
        assertTrue(b.fragments().isEmpty());
        assertFalse(b.allows(RESOURCE_UPDATE));
        assertEquals("[]", warnings.messages().toString());
    }

    @Test
    void buildCanBeCalledAgainAndResultsAreImmutable() {
        BehaviorLayers.Builder builder = column("body").global("-update");
        ResolvedBehavior first = builder.build();
        ResolvedBehavior second = builder.parent(post).build();
        assertFalse(first.allows(ATTRIBUTE_UPDATE));
        assertTrue(second.allows(ATTRIBUTE_UPDATE));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> first.fragments().clear());
    }
}
