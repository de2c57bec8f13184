package dev.strata.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentationTest {

    @Test
    void leadingTagLinesAreTagsAndTheRestIsTheDescription() {
        Documentation doc = Documentation.parse("@name author\n@omit create,update\nThe writer.\n@notATag");
        assertEquals("author", doc.tag("name").orElseThrow());
        assertEquals("create,update", doc.tag("omit").orElseThrow());
        assertEquals("The writer.\n@notATag", doc.description());
    }

    @Test
    void repeatedTagsKeepEveryValueInOrder() {
        Documentation doc = Documentation.parse("@behavior -insert\n@behavior +list");
        assertEquals(List.of("-insert", "+list"), doc.values("behavior"));
        assertNull(doc.description());
    }

    @Test
    void tagWithoutValueIsPresentWithEmptyValue() {
        Documentation doc = Documentation.parse("@omit\nHidden.");
        assertTrue(doc.has("omit"));
        assertEquals("", doc.tag("omit").orElseThrow());
        assertEquals("Hidden.", doc.description());
    }

    @Test
    void plainCommentIsOnlyADescription() {
        Documentation doc = Documentation.parse("A user of the forum.");
        assertTrue(doc.tags().isEmpty());
        assertEquals("A user of the forum.", doc.description());
    }
}
