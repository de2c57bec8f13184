package dev.strata.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Claim values as PostGraphile 4 (JavaScript's String() and JSON.stringify) writes them into settings. */
class ClaimTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String setting(String json) throws Exception {
        return ClaimText.setting(JSON.readTree(json));
    }

    @Test
    void scalars() throws Exception {
        assertEquals("text", setting("\"text\""));
        assertEquals("", setting("\"\""));
        assertEquals("true", setting("true"));
        assertEquals("false", setting("false"));
        assertNull(setting("null"));
    }

    @Test
    void numbersAsJavaScriptWritesThem() throws Exception {
        assertEquals("1", setting("1"));
        assertEquals("1", setting("1.0"));
        assertEquals("-3", setting("-3"));
        assertEquals("1.5", setting("1.5"));
        assertEquals("0.1", setting("0.1"));
        assertEquals("0", setting("-0"));
        assertEquals("1800000000", setting("1800000000"));
        assertEquals("12345678901234567000", setting("12345678901234567890"));
        assertEquals("1e+21", setting("1e21"));
        assertEquals("1.5e+22", setting("1.5e22"));
        assertEquals("0.000001", setting("1e-6"));
        assertEquals("1e-7", setting("1e-7"));
        assertEquals("1.25e-7", setting("1.25e-7"));
        assertEquals("100", setting("1e2"));
    }

    @Test
    void objectsAndArraysAsCompactJson() throws Exception {
        assertEquals("{\"a\":1,\"b\":[true,null,\"x\"],\"c\":{\"d\":2.5}}",
                setting("{ \"a\" : 1.0, \"b\": [true, null, \"x\"], \"c\": {\"d\": 2.50} }"));
        assertEquals("[\"a\\\"b\",\"\\u0001\\n\",\"é\"]", setting("[\"a\\\"b\", \"\\u0001\\n\", \"é\"]"));
        assertEquals("[]", setting("[]"));
    }
}
