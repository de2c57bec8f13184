package dev.strata.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenPrincipalTest {

    private static TokenPrincipal principal(String claims) throws Exception {
        return new TokenPrincipal(new Identity("forum_example_person", new ObjectMapper().readTree(claims)));
    }

    @Test
    void standardClaimsHaveMicroProfileJwtTypes() throws Exception {
        TokenPrincipal token = principal("{\"iss\":\"postgraphile\",\"aud\":\"postgraphile\",\"exp\":1700000000,"
                + "\"groups\":[\"editors\",\"admins\"],\"person_id\":1}");
        assertEquals("postgraphile", token.getIssuer());
        assertEquals(Set.of("postgraphile"), token.getAudience());
        assertEquals(1700000000L, token.getExpirationTime());
        assertEquals(Set.of("editors", "admins"), token.getGroups());
        assertEquals(Set.of("iss", "aud", "exp", "groups", "person_id"), token.getClaimNames());
        assertNull(token.getSubject());
    }

    @Test
    void nameIsUpnThenPreferredUsernameThenSubjectThenRole() throws Exception {
        assertEquals("ann@example.com", principal("{\"upn\":\"ann@example.com\",\"sub\":\"7\"}").getName());
        assertEquals("7", principal("{\"sub\":\"7\"}").getName());
        assertEquals("forum_example_person", principal("{\"person_id\":1}").getName());
    }

    @Test
    void anonymousIdentityHasNoPrincipal() {
        assertThrows(IllegalArgumentException.class,
                () -> new TokenPrincipal(Identity.anonymous("forum_example_anonymous")));
    }
}
