package dev.strata.identity;

import java.util.Optional;

/** The JWS algorithms Strata verifies (RFC 7518), with their Java names. */
enum JwtAlgorithm {
    HS256("HmacSHA256", Family.HMAC, null), HS384("HmacSHA384", Family.HMAC, null),
    HS512("HmacSHA512", Family.HMAC, null),
    RS256("SHA256withRSA", Family.RSA, null), RS384("SHA384withRSA", Family.RSA, null),
    RS512("SHA512withRSA", Family.RSA, null),
    // JWS carries an EC signature as R || S, Java's P1363 format
    ES256("SHA256withECDSAinP1363Format", Family.EC, "P-256"),
    ES384("SHA384withECDSAinP1363Format", Family.EC, "P-384"),
    ES512("SHA512withECDSAinP1363Format", Family.EC, "P-521");

    /** Which key verifies it: the shared secret, or an RSA or EC public key. */
    enum Family { HMAC, RSA, EC }

    final String javaName;
    final Family family;
    final String curve;

    JwtAlgorithm(String javaName, Family family, String curve) {
        this.javaName = javaName;
        this.family = family;
        this.curve = curve;
    }

    static Optional<JwtAlgorithm> named(String name) {
        for (JwtAlgorithm algorithm : values()) {
            if (algorithm.name().equals(name)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }
}
