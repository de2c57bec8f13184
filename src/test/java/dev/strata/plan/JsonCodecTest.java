package dev.strata.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonCodecTest {

    @Test
    void cursorsAreByteIdenticalToPostGraphile4() {
        assertEquals("WyJwcmltYXJ5X2tleV9hc2MiLFs1XV0=", JsonCodec.encode(List.of("primary_key_asc", List.of(5))));
        assertEquals("WyJuYXR1cmFsIiwzXQ==", JsonCodec.encode(List.of("natural", 3)));
    }

    @Test
    void nodeIdsAreByteIdenticalToPostGraphile4() {
        assertEquals("WyJwZW9wbGUiLDFd", JsonCodec.encode(List.of("people", 1)));
    }

    @Test
    void decodesWhatItEncodes() {
        List<Object> cursor = List.of("last_name_asc", "first_name_desc", java.util.Arrays.asList("Fox", null, 2));
        assertEquals(cursor, JsonCodec.decode(JsonCodec.encode(cursor)).orElseThrow());
    }

    @Test
    void garbageDecodesToNothing() {
        assertTrue(JsonCodec.decode("garbage").isEmpty());
        assertTrue(JsonCodec.decode("!!!").isEmpty());
        assertTrue(JsonCodec.decode(JsonCodec.encode(java.util.Map.of("a", 1))).isEmpty());
        assertTrue(JsonCodec.decode(null).isEmpty());
    }
}
