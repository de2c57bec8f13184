package dev.strata.catalog;

/**
 * What the introspection reads besides the exposed schemas.
 *
 * @param usePartitionedParent whether a partitioned table is read as its parent, its partitions left out
 *                             (PostGraphile 4's {@code --use-partitioned-parent}); by default the partitions are
 *                             read and the parent is left out, as PostGraphile 4 does
 */
public record CatalogOptions(boolean usePartitionedParent) {

    /** PostGraphile 4's defaults. */
    public static final CatalogOptions DEFAULTS = new CatalogOptions(false);
}
