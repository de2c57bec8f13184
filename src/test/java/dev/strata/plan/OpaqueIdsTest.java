package dev.strata.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OpaqueIdsTest {

    @Test
    void cursorsAreByteIdenticalToPostGraphile4() {
        assertEquals("WyJwcmltYXJ5X2tleV9hc2MiLFs1XV0=", OpaqueIds.encode(List.of("primary_key_asc", List.of(5))));
        assertEquals("WyJuYXR1cmFsIiwzXQ==", OpaqueIds.encode(List.of("natural", 3)));
    }

    @Test
    void nodeIdsAreByteIdenticalToPostGraphile4() {
        assertEquals("WyJwZW9wbGUiLDFd", OpaqueIds.encode(List.of("people", 1)));
    }

    @Test
    void decodesWhatItEncodes() {
        List<Object> cursor = List.of("last_name_asc", "first_name_desc", java.util.Arrays.asList("Fox", null, 2));
        assertEquals(cursor, OpaqueIds.decode(OpaqueIds.encode(cursor)).orElseThrow());
    }

    @Test
    void garbageDecodesToNothing() {
        assertTrue(OpaqueIds.decode("garbage").isEmpty());
        assertTrue(OpaqueIds.decode("!!!").isEmpty());
        assertTrue(OpaqueIds.decode(OpaqueIds.encode(java.util.Map.of("a", 1))).isEmpty());
        assertTrue(OpaqueIds.decode(null).isEmpty());
    }
}
