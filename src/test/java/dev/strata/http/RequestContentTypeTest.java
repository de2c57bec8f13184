package dev.strata.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestContentTypeTest {

    @Test
    void jsonInUtf8OrWithoutCharsetIsRead() {
        assertTrue(RequestContentType.isJson("application/json"));
        assertTrue(RequestContentType.isJson("application/json; charset=UTF-8"));
    }

    @Test
    void missingOtherOrNonUtf8ContentTypesAreRefused() {
        assertFalse(RequestContentType.isJson(null));
        assertFalse(RequestContentType.isJson("text/plain"));
        assertFalse(RequestContentType.isJson("application/graphql"));
        assertFalse(RequestContentType.isJson("application/*"));
        assertFalse(RequestContentType.isJson("application/json; charset=iso-8859-1"));
        assertFalse(RequestContentType.isJson("not a media type;;"));
    }
}
