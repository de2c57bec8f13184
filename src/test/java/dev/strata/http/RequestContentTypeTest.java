package dev.strata.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestContentTypeTest {

    private static boolean json(String header) {
        return RequestContentType.parse(header).isJson();
    }

    private static Optional<String> refusal(String header) {
        return RequestContentType.parse(header).postRefusal();
    }

    @Test
    void jsonInUtf8OrWithoutCharsetIsRead() {
        assertTrue(json("application/json"));
        assertTrue(json("Application/JSON; charset=\"UTF-8\""));
        assertTrue(json("application/json; boundary=x; charset=utf-8"));
    }

    @Test
    void missingOtherOrNonUtf8ContentTypesAreNotReadAsJson() {
        assertFalse(json(null));
        assertFalse(json("text/plain"));
        assertFalse(json("application/graphql"));
        assertFalse(json("application/*"));
        assertFalse(json("application/json; charset=iso-8859-1"));
        assertFalse(json("application/json; charset"));
        assertFalse(json("not a media type;;"));
    }

    @Test
    void graphqlPostBodiesMayBeJsonOrGraphqlInUtf8() {
        assertEquals(Optional.empty(), refusal("application/json; charset=utf-8"));
        assertEquals(Optional.empty(), refusal("application/graphql"));
    }

    @Test
    void refusedPostBodiesSayWhyWithoutEchoingUnprintableText() {
        assertEquals(Optional.of("A POST body needs a Content-Type: application/json."), refusal(" "));
        assertEquals(Optional.of("POST bodies must be application/json (or application/graphql), not text/plain."),
                refusal("text/plain; charset=utf-8"));
        assertEquals(Optional.of("The request body must be encoded in UTF-8, not bogus."),
                refusal("application/json; charset=bogus"));
        assertEquals(Optional.of("The request body must be encoded in UTF-8, not ?x?."),
                refusal("application/json; charset=\u0007x\u00e9"));
    }
}
