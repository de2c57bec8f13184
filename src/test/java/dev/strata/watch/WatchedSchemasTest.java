package dev.strata.watch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WatchedSchemasTest {

    private final WatchedSchemas watched = new WatchedSchemas(Set.of("forum_example", "app"));

    @Test
    void ddlTouchingAWatchedSchemaConcernsIt() {
        assertTrue(watched.concerns("[\"public\",\"app\"]"));
    }

    @Test
    void ddlTouchingOnlyOtherSchemasIsIgnored() {
        assertFalse(watched.concerns("[\"public\",\"pg_temp_3\"]"));
    }

    @Test
    void ddlWithoutASchemaConcernsEverySchema() {
        assertTrue(watched.concerns("[null]"), "GRANT and REVOKE name no schema but may change what is served");
    }

    @Test
    void anUnreadablePayloadConcernsEverySchema() {
        assertTrue(watched.concerns("not json"));
        assertTrue(watched.concerns("{\"schema\":\"other\"}"));
    }
}
