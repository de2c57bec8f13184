package dev.strata.behavior;

import java.util.ArrayList;
import java.util.List;

/**
 * The behavior-related smart tags of one entity, as the catalog read them.
 *
 * @param entity            the entity's label, used in warnings and provenance, e.g. {@code table forum_example.post}
 * @param behavior          {@code @behavior} text, or {@code null}; repeated tags joined with a space
 * @param omit              PostGraphile 4's {@code @omit}: {@code null} when absent, {@code ""} when given with no
 *                          value (omit everything), else its value; repeated tags joined with a comma
 * @param simpleCollections PostGraphile 4's {@code @simpleCollections} ({@code omit}, {@code only}, {@code both}),
 *                          or {@code null}
 * @param sortable          PostGraphile 4's {@code @sortable} (functions)
 * @param filterable        PostGraphile 4's {@code @filterable} (functions)
 */
public record SmartTags(String entity, String behavior, String omit, String simpleCollections,
                        boolean sortable, boolean filterable) {

    public SmartTags {
        if (entity == null || entity.isBlank()) {
            throw new IllegalArgumentException("a smart tags' entity needs a label");
        }
    }

    /** No behavior-related tags. */
    public static SmartTags none(String entity) {
        return new SmartTags(entity, null, null, null, false, false);
    }

    /** Only a {@code @behavior} tag. */
    public static SmartTags of(String entity, String behavior) {
        return new SmartTags(entity, behavior, null, null, false, false);
    }

    /**
     * The layers these tags contribute, lowest precedence first: the V4 tags translated
     * ({@code @simpleCollections}, {@code @sortable}, {@code @filterable}, {@code @omit}), then
     * {@code @behavior}, so an explicit behavior overrides a translated one (as PostGraphile 5's V4
     * preset does).
     */
    List<Layer> layers(BehaviorWarnings warnings) {
        List<Layer> layers = new ArrayList<>(5);
        if (simpleCollections != null) {
            layers.add(layer("@simpleCollections", V4SmartTags.simpleCollections(entity, simpleCollections, warnings)));
        }
        if (sortable) {
            layers.add(layer("@sortable", V4SmartTags.SORTABLE));
        }
        if (filterable) {
            layers.add(layer("@filterable", V4SmartTags.FILTERABLE));
        }
        if (omit != null) {
            layers.add(layer("@omit", V4SmartTags.omit(entity, omit, warnings)));
        }
        if (behavior != null) {
            layers.add(layer("@behavior", behavior));
        }
        return layers;
    }

    private Layer layer(String tag, String text) {
        return new Layer(entity + " " + tag, entity, text);
    }
}
