package dev.strata.behavior;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Builds an entity's {@link ResolvedBehavior} from its layers. Whatever order the builder's methods are
 * called in, the string is always, left (lowest precedence) to right:
 * <ol>
 * <li><b>defaults</b> — Strata's defaults for the entity's {@link EntityKind};</li>
 * <li><b>global</b> — the configured global default behavior;</li>
 * <li><b>parents' tags</b> — for a unique constraint, its table's tags; for a foreign key, the tags of the table
 *     its relation fields return; for a column, its type's tags and the {@code +} fragments of its table's tags that
 *     decide {@code attribute:insert} or {@code attribute:update} (in the order added);</li>
 * <li><b>inferred</b> — what the catalog forbids or implies for this entity (no grant, no primary key,
 *     generated column, volatility, the JWT type, ...);</li>
 * <li><b>own tags</b> — the entity's {@code @simpleCollections}, {@code @sortable}, {@code @filterable},
 *     {@code @omit} (translated) and then {@code @behavior}.</li>
 * </ol>
 * See the package documentation for why a parent's tags come before the entity's inferred layer.
 *
 * <pre>{@code
 * ResolvedBehavior body = BehaviorLayers.builder(EntityKind.COLUMN, "column forum_example.post.body", warnings)
 *         .global(config.defaultBehavior())
 *         .parent(postTableTags)
 *         .inferred("")
 *         .own(bodyColumnTags)
 *         .build();
 * if (body.allows(KnownBehavior.ATTRIBUTE_UPDATE)) { ... }
 * }</pre>
 */
public final class BehaviorLayers {

    /** Strata's defaults of each kind, parsed once: every entity of the kind starts with them. */
    private static final Map<EntityKind, List<Fragment>> DEFAULTS = new EnumMap<>(EntityKind.class);

    static {
        for (EntityKind kind : EntityKind.values()) {
            DEFAULTS.put(kind, BehaviorParser.parse(defaultsLayer(kind, kind.defaults()), new BehaviorWarnings()));
        }
    }

    private BehaviorLayers() {
    }

    private static Layer defaultsLayer(EntityKind kind, String text) {
        return new Layer("defaults", "Strata's defaults for " + kind, text);
    }

    /** A builder for one entity; {@code entity} labels it in warnings and explanations. */
    public static Builder builder(EntityKind kind, String entity, BehaviorWarnings warnings) {
        return new Builder(kind, entity, warnings);
    }

    /** Collects layers; not thread-safe; {@link #build()} may be called more than once. */
    public static final class Builder {

        private final EntityKind kind;
        private final String entity;
        private final BehaviorWarnings warnings;
        private String defaults;
        private final List<String> global = new ArrayList<>();
        private final List<Parent> parents = new ArrayList<>();
        private final List<String> inferred = new ArrayList<>();
        private final List<SmartTags> own = new ArrayList<>();

        private Builder(EntityKind kind, String entity, BehaviorWarnings warnings) {
            if (kind == null || entity == null || warnings == null) {
                throw new IllegalArgumentException("kind, entity and warnings are required");
            }
            this.kind = kind;
            this.entity = entity;
            this.warnings = warnings;
            this.defaults = kind.defaults();
        }

        /** Replaces Strata's defaults for the kind (rarely wanted outside tests). */
        public Builder defaults(String text) {
            this.defaults = text;
            return this;
        }

        /** Appends to the global default behavior layer. */
        public Builder global(String text) {
            global.add(text);
            return this;
        }

        /** Adds a parent's own tags (for a constraint: its table's). */
        public Builder parent(SmartTags tags) {
            parents.add(new Parent(tags, List.of()));
            return this;
        }

        /**
         * Adds the {@code +} fragments of a parent's tags that match one of {@code reaching}: what the parent gives
         * back to the entity, never what it takes away (for a column: its table's {@code +insert} or {@code +update};
         * the table's {@code -insert} removes its create mutation, not its row input).
         */
        public Builder parentGrants(SmartTags tags, KnownBehavior... reaching) {
            parents.add(new Parent(tags, List.of(reaching)));
            return this;
        }

        /** Appends to the inferred layer: what the catalog implies for this entity. */
        public Builder inferred(String text) {
            inferred.add(text);
            return this;
        }

        /** Adds the entity's own tags. */
        public Builder own(SmartTags tags) {
            own.add(tags);
            return this;
        }

        /** Adds the entity's own {@code @behavior} text. */
        public Builder own(String behavior) {
            return own(SmartTags.of(entity, behavior));
        }

        public ResolvedBehavior build() {
            List<Fragment> fragments = new ArrayList<>();
            if (kind.defaults().equals(defaults)) {
                fragments.addAll(DEFAULTS.get(kind));
            } else {
                add(fragments, defaultsLayer(kind, defaults), fragment -> true);
            }
            for (String text : global) {
                add(fragments, new Layer("global", "the global default behavior", text), fragment -> true);
            }
            for (Parent parent : parents) {
                parent.tags().layers(warnings).forEach(layer -> add(fragments, layer, parent::reaches));
            }
            for (String text : inferred) {
                add(fragments, new Layer("inferred", "the inferred behavior of " + entity, text), fragment -> true);
            }
            for (SmartTags tags : own) {
                tags.layers(warnings).forEach(layer -> add(fragments, layer, fragment -> true));
            }
            return new ResolvedBehavior(entity, fragments);
        }

        private void add(List<Fragment> fragments, Layer layer, Predicate<Fragment> keep) {
            BehaviorParser.parse(layer, warnings).stream().filter(keep).forEach(fragments::add);
        }
    }

    /**
     * A parent's tags and the behaviors its {@code +} fragments may grant the child (empty: every fragment, either
     * sign, decides for the child).
     */
    private record Parent(SmartTags tags, List<KnownBehavior> reaching) {

        boolean reaches(Fragment fragment) {
            return reaching.isEmpty() || fragment.positive()
                    && reaching.stream().anyMatch(known -> fragment.matchesWords(known.words()));
        }
    }
}
