package dev.strata.identity;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * How tokens are verified and signed. Read from the {@code strata.jwt.*} configuration (server.xml variables,
 * overridable by environment variables; see README):
 *
 * @param secret       the HS256/384/512 shared secret ({@code strata.jwt.secret}); null: HMAC tokens are refused
 *                     and Strata signs no tokens
 * @param publicKey    PEM text or the path of a PEM file with an RSA or EC public key or certificate
 *                     ({@code strata.jwt.public-key}), or null
 * @param jwksUrl      an identity provider's JWKS document ({@code strata.jwt.jwks-url}), or null
 * @param algorithms   the algorithms accepted ({@code strata.jwt.algorithms}, comma-separated; server.xml names
 *                     them all; unset: none); only those whose key is configured count: HS* need the secret, RS*
 *                     and ES* a public key or the JWKS
 * @param audiences    a token's {@code aud} must contain one of these ({@code strata.jwt.audience}, comma-separated;
 *                     empty: not checked); PostGraphile 4's default is {@code postgraphile}
 * @param issuers      a token's {@code iss} must be one of these ({@code strata.jwt.issuer}; empty: not checked,
 *                     as PostGraphile 4 by default)
 * @param clockSkew    tolerance for {@code exp} and {@code nbf} ({@code strata.jwt.clock-skew}, seconds)
 * @param roleClaim    where the role is ({@code strata.jwt.role-claim})
 * @param defaultRole  the role without a token, or when the token names none ({@code strata.default-role})
 * @param maxLength    the longest {@code Authorization} header read ({@code strata.jwt.max-length}, characters;
 *                     unset: no bound); a longer one is refused with 431 before anything of it is parsed
 */
public record JwtConfig(String secret, String publicKey, String jwksUrl, Set<JwtAlgorithm> algorithms,
                        List<String> audiences, List<String> issuers, Duration clockSkew, RoleClaim roleClaim,
                        String defaultRole, int maxLength) {

    public JwtConfig {
        algorithms = algorithms.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(algorithms));
        audiences = List.copyOf(audiences);
        issuers = List.copyOf(issuers);
    }

    /**
     * The configuration from named values ({@code lookup} gives null for an unset name).
     *
     * @throws IllegalArgumentException for an unknown algorithm, or a clock skew or maximum length that is not a
     *                                  whole number
     */
    public static JwtConfig from(Function<String, String> lookup) {
        Set<JwtAlgorithm> accepted = EnumSet.noneOf(JwtAlgorithm.class);
        for (String name : list(lookup.apply("strata.jwt.algorithms"))) {
            accepted.add(JwtAlgorithm.named(name.toUpperCase(java.util.Locale.ROOT)).orElseThrow(() ->
                    new IllegalArgumentException("strata.jwt.algorithms: unknown algorithm '" + name + "'")));
        }
        long seconds = number(lookup, "strata.jwt.clock-skew", "a number of seconds");
        long maxLength = number(lookup, "strata.jwt.max-length", "a number of characters");
        return new JwtConfig(text(lookup.apply("strata.jwt.secret")), text(lookup.apply("strata.jwt.public-key")),
                text(lookup.apply("strata.jwt.jwks-url")), accepted, list(lookup.apply("strata.jwt.audience")),
                list(lookup.apply("strata.jwt.issuer")), Duration.ofSeconds(seconds),
                RoleClaim.of(lookup.apply("strata.jwt.role-claim")), text(lookup.apply("strata.default-role")),
                (int) Math.min(maxLength, Integer.MAX_VALUE));
    }

    /** A whole number that is not negative, 0 when unset. */
    private static long number(Function<String, String> lookup, String name, String what) {
        String value = text(lookup.apply(name));
        try {
            long number = value == null ? 0 : Long.parseLong(value);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException(name + " must be " + what + ", not '" + value + "'");
    }

    /** Whether tokens of this algorithm can be verified: accepted, and its key configured. */
    boolean verifies(JwtAlgorithm algorithm) {
        if (!algorithms.contains(algorithm)) {
            return false;
        }
        return algorithm.family == JwtAlgorithm.Family.HMAC ? secret != null
                : publicKey != null || jwksUrl != null;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip)
                .filter(part -> !part.isEmpty()).toList();
    }
}
