package dev.strata.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlTest {

    @Test
    void identifiersAreQuotedWithEmbeddedQuotesDoubled() {
        assertEquals("\"forum_example\".\"post\"", Sql.identifier("forum_example", "post").text());
        assertEquals("\"a\"\"; drop table x; --\"", Sql.identifier("a\"; drop table x; --").text());
    }

    @Test
    void valuesBecomePlaceholdersInOrder() {
        Sql sql = Sql.of("select {} where {} = {}", Sql.value("'; drop table post; --"),
                Sql.identifier("id"), Sql.value(4));
        assertEquals("select ? where \"id\" = ?", sql.text());
        assertEquals(List.of("'; drop table post; --", 4), sql.values());
    }

    @Test
    void nullValuesAreKept() {
        Sql sql = Sql.join(", ", List.of(Sql.value(null), Sql.value(1)));
        assertEquals(Arrays.asList(null, 1), sql.values());
    }

    @Test
    void literalsDoubleTheirQuotes() {
        assertEquals("'it''s'", Sql.literal("it's").text());
    }

    @Test
    void templateNeedsOneFragmentPerMarker() {
        assertThrows(IllegalArgumentException.class, () -> Sql.of("{} {}", Sql.raw("a")));
    }
}
