package dev.strata.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Constraints declared with smart tags: a view gets what a table gets from PostgreSQL. */
class SmartConstraintsTest {

    private static final PgClass AUTHOR = table(1, "app", "author", 'r', "", List.of("id", "name"),
            List.of(new PgConstraint("author_pkey", 'p', List.of("id"), 0, List.of(), Documentation.NONE)));
    private static final PgClass POST = table(2, "app", "post", 'r', "", List.of("id", "author_id"),
            List.of(new PgConstraint("post_pkey", 'p', List.of("id"), 0, List.of(), Documentation.NONE)));

    @Test
    void primaryKeyUniqueAndForeignKeysOnAViewBecomeItsConstraints() {
        PgClass view = view("@primaryKey post_id\n@unique slug\n@unique author_id,slug\n"
                + "@foreignKey (post_id) references app.post (id)\n@foreignKey (author_id) references author");
        SmartConstraints.Result result = SmartConstraints.apply(List.of(AUTHOR, POST, view));
        PgClass stat = result.classes().get(2);
        assertEquals(List.of("stat_author_id_fkey f [author_id] -> 1 [id]", "stat_post_id_fkey f [post_id] -> 2 [id]",
                        "stat_pkey p [post_id] -> 0 []", "stat_author_id_slug_key u [author_id, slug] -> 0 []",
                        "stat_slug_key u [slug] -> 0 []"),
                stat.constraints().stream().map(SmartConstraintsTest::describe).toList());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void primaryKeyColumnsBecomeNotNull() {
        PgClass stat = SmartConstraints.apply(List.of(view("@primaryKey post_id,slug"))).classes().get(0);
        assertTrue(stat.attribute("post_id").orElseThrow().notNull());
        assertTrue(stat.attribute("slug").orElseThrow().notNull());
        assertFalse(stat.attribute("author_id").orElseThrow().notNull());
    }

    @Test
    void tagsAfterABarBecomeTheConstraintsOwnTags() {
        PgClass stat = SmartConstraints.apply(List.of(AUTHOR, view(
                        "@foreignKey (author_id) references author (id)|@fieldName writer|@foreignFieldName stats")))
                .classes().get(1);
        PgConstraint key = stat.constraints().get(0);
        assertEquals("writer", key.doc().tag("fieldName").orElseThrow());
        assertEquals("stats", key.doc().tag("foreignFieldName").orElseThrow());
    }

    @Test
    void quotedIdentifiersAndSpacesAreAccepted() {
        PgClass stat = SmartConstraints.apply(List.of(POST, view(
                "@foreignKey ( \"post_id\" ) REFERENCES \"app\".\"post\"( id )"))).classes().get(1);
        assertEquals("stat_post_id_fkey f [post_id] -> 2 [id]", describe(stat.constraints().get(0)));
    }

    @Test
    void whatCannotBeUnderstoodIsLeftOutWithOneWarningNamingTheViewAndTheText() {
        PgClass view = view("@primaryKey nope\n@foreignKey post_id references post\n"
                + "@foreignKey (post_id) references missing\n@foreignKey (post_id, slug) references post (id)\n"
                + "@unique author_id");
        SmartConstraints.Result result = SmartConstraints.apply(List.of(POST, view));
        assertEquals(List.of("stat_author_id_key u [author_id] -> 0 []"),
                result.classes().get(1).constraints().stream().map(SmartConstraintsTest::describe).toList());
        assertEquals(List.of(
                "@primaryKey 'nope' on view app.stat is ignored: no column 'nope' in app.stat",
                "@foreignKey 'post_id references post' on view app.stat is ignored: expected (columns) references"
                        + " [schema.]table [(columns)]",
                "@foreignKey '(post_id) references missing' on view app.stat is ignored: no table or view missing in"
                        + " the exposed schemas",
                "@foreignKey '(post_id, slug) references post (id)' on view app.stat is ignored: the referenced"
                        + " columns do not match the columns"), result.warnings());
    }

    @Test
    void aSecondPrimaryKeyIsIgnored() {
        SmartConstraints.Result result = SmartConstraints.apply(List.of(table(1, "app", "author", 'r',
                "@primaryKey name", List.of("id", "name"), AUTHOR.constraints())));
        assertEquals(List.of("author_pkey"), result.classes().get(0).constraints().stream()
                .map(PgConstraint::name).toList());
        assertEquals(List.of("@primaryKey 'name' on table app.author is ignored: it already has a primary key"),
                result.warnings());
    }

    private static PgClass view(String comment) {
        return table(3, "app", "stat", 'v', comment, List.of("post_id", "author_id", "slug"), List.of());
    }

    private static PgClass table(long oid, String schema, String name, char kind, String comment,
                                 List<String> columns, List<PgConstraint> constraints) {
        List<PgAttribute> attributes = columns.stream().map(column -> new PgAttribute(column, 1, 23, -1, false,
                false, false, Documentation.NONE, Privileges.ALL)).toList();
        return new PgClass(oid, schema, name, kind, oid + 100, attributes, constraints, Documentation.parse(comment),
                Privileges.ALL, Privileges.ALL);
    }

    private static String describe(PgConstraint constraint) {
        return constraint.name() + " " + constraint.type() + " " + constraint.columns() + " -> "
                + constraint.foreignClassOid() + " " + constraint.foreignColumns();
    }
}
