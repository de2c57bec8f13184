/**
 * Behaviors: the one place that decides which parts of the schema Strata generates. Every generator
 * asks an entity's {@link dev.strata.behavior.EntityBehaviors} a typed
 * {@link dev.strata.behavior.KnownBehavior} question; nothing else decides.
 *
 * <h2>Syntax</h2>
 * A behavior string is fragments separated by whitespace, each {@code [+|-]scope} ({@code +} implied).
 * A scope is camelCase words ({@code [a-z][A-Za-z0-9]*}) joined by {@code :}; in a fragment a word may be
 * {@code *}, which stands for exactly one word. The word {@code create} is read as {@code insert} (the
 * seed article writes {@code -create}; PostGraphile 5 spells it {@code insert}). A malformed fragment
 * ({@code ++x}, {@code a::b}, {@code -}, {@code a,b}, {@code Update}) is dropped; the rest of the
 * string still counts.
 *
 * <h2>Matching and deciding</h2>
 * A fragment matches a wanted behavior when its scope, aligned to the right, equals the wanted scope's
 * tail: {@code update} matches {@code resource:update} and {@code constraint:resource:update};
 * {@code constraint:resource:update} matches only itself; {@code *:update} matches {@code resource:update}
 * and the tail of {@code constraint:resource:update}, but not {@code update}. To decide, scan from the
 * right: the first matching fragment wins ({@code +} yes, {@code -} no); none matching means no.
 *
 * <h2>Layers</h2>
 * An entity's string is built left to right by {@link dev.strata.behavior.BehaviorLayers}: Strata's
 * defaults for its {@link dev.strata.behavior.EntityKind}, the global default (configuration), its
 * parents' tags, what the catalog infers, and its own tags (PostGraphile 4's {@code @omit},
 * {@code @simpleCollections}, {@code @sortable}, {@code @filterable} translated, then {@code @behavior}).
 *
 * <p>Which entity a generator asks (each {@link dev.strata.behavior.KnownBehavior} lists its kinds): the
 * table for its row type ({@code table}), root collections, Node type ({@code type:node}), node lookups
 * ({@code nodeId:resource:select}: PostGraphile 4's {@code @omit read} and privileges remove the lookups, and leave
 * the type a node), payload fields, backward paging, by-node-id mutations and whether it has mutations at all; the unique constraint for by-key lookups and by-key mutations; the column
 * for its field, {@code orderBy} values, condition field, insert and patch fields; the function for its
 * field, and a computed column's function for its {@code orderBy} values and condition field
 * ({@code proc:orderBy}, {@code condition:proc:filterBy}); the foreign key for relation fields (its parent layer is
 * the table the
 * field returns: the referenced table for {@code Post.personByAuthorId}, the referencing one for
 * {@code Person.postsByAuthorId}, so {@code @omit many} or {@code @simpleCollections} on that table reach it,
 * as in PostGraphile 4; {@link dev.strata.behavior.CatalogBehaviors#relation}). A type's tags are a parent layer of
 * the columns of that type (an enum's {@code -select} hides those columns' output fields, as in PostGraphile 5). A
 * collection's {@code condition} argument asks the field's scope plus {@code :filter} (e.g.
 * {@code manyRelation:resource:connection:filter}) of the table whose rows it returns, or of the set-returning
 * function; its {@code orderBy} argument asks the table's plain {@code order}, as PostGraphile 5 does.
 *
 * <h2>How a table's {@code +update} re-enables its columns</h2>
 * A column's string contains the {@code +} fragments of its table's tags that decide {@code attribute:insert} or
 * {@code attribute:update}, after the global layer (nothing else of the table's reaches its columns, as in
 * PostGraphile 5: a table's {@code -insert} removes its create mutation, not the fields of its row input, which
 * functions taking its rows need), and a constraint's string contains all of them, before the constraint's own
 * tags. So the seed article's example works as it reads:
 * global {@code -update}, table {@code +update}, constraint {@code -update} gives
 * <ul>
 * <li>table: {@code resource:update} yes ({@code +update} from the table beats {@code -update} from global);</li>
 * <li>every column of that table: {@code attribute:update} yes, for the same reason, so the patch type
 *     has all its columns;</li>
 * <li>that constraint: {@code constraint:resource:update} no (its own {@code -update} is rightmost);
 *     every other unique constraint of the table: yes;</li>
 * <li>every other table, and its columns: no (only the global {@code -update} matches).</li>
 * </ul>
 * PostGraphile 5 builds a column's string from the column's own sources only, so its global
 * {@code -update} strips every column's {@code attribute:update}, the patch type comes out empty and the
 * table loses update entirely. Strata does not.
 *
 * <p>A parent's tags come <em>before</em> the entity's inferred layer: a table's {@code +update} overrides
 * what the configuration disabled, not what the catalog says about one column (a {@code GENERATED ALWAYS}
 * column, a column without an UPDATE grant stays out of the patch). Only the entity's own tags can
 * override its inferred layer (as in PostGraphile 5: the user may know better, e.g. an INSTEAD OF trigger).
 *
 * <h2>Warnings</h2>
 * A malformed fragment, a fragment that matches no {@link dev.strata.behavior.KnownBehavior}, an unknown
 * {@code @omit} option or {@code @simpleCollections} value is reported once per entity and text through
 * {@link dev.strata.behavior.BehaviorWarnings} (java.util.logging, WARNING), e.g.
 * {@code behavior 'updat' on table forum_example.post is not a known behavior}. Nothing here throws on
 * user text; only a generator asking a malformed scope (a programming error) gets an
 * {@link java.lang.IllegalArgumentException}.
 *
 * <h2>Inspecting</h2>
 * {@link dev.strata.behavior.CatalogBehaviors#report} resolves every entity of the catalog (so every tag is
 * checked at start-up, asked about or not) into a {@link dev.strata.behavior.BehaviorReport}: each entity's
 * string with the source of each fragment, and every warning; {@code GET /graphql/behaviors} serves it when
 * {@code strata.behavior.inspect} is on. The reference for users is {@code docs/BEHAVIORS.md}.
 */
package dev.strata.behavior;
