package dev.strata.behavior;

import java.util.Locale;

/**
 * PostGraphile 4's {@code --simple-collections}: which shapes collections (tables, relations, {@code setof}
 * functions) take, as the global behavior fragment that gives them. A table's or function's own
 * {@code @simpleCollections} tag comes later and wins.
 */
public enum CollectionShapes {
    /** Connections only: PostGraphile 4's default. */
    OMIT(""),
    /** Connections and lists ({@code allPeopleList}). */
    BOTH("+list +connection"),
    /** Lists only. */
    ONLY("+list -connection");

    private final String behavior;

    CollectionShapes(String behavior) {
        this.behavior = behavior;
    }

    /** The global behavior fragment that gives these shapes. */
    public String behavior() {
        return behavior;
    }

    /** The value of PostGraphile 4's option ({@code omit}, {@code both} or {@code only}, any case; empty: omit). */
    public static CollectionShapes of(String option) {
        if (option.isBlank()) {
            return OMIT;
        }
        try {
            return valueOf(option.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("simple collections must be omit, both or only, not '" + option + "'");
        }
    }
}
