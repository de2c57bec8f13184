package dev.strata.identity;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Reading public keys: PEM (a key or a certificate), JWK, and which algorithm a key may verify. */
final class PublicKeys {

    /** A key with the {@code kid} it was published under (null when it has none). */
    record Keyed(String kid, PublicKey key) {
    }

    private static final Map<String, String> CURVES = Map.of("P-256", "secp256r1", "P-384", "secp384r1",
            "P-521", "secp521r1");

    private PublicKeys() {
    }

    /** The key in PEM text, or in the PEM file at that path. */
    static PublicKey pem(String pemOrPath) {
        String pem = pemOrPath;
        if (!pemOrPath.contains("-----BEGIN")) {
            try {
                pem = Files.readString(Path.of(pemOrPath), StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new UncheckedIOException("strata.jwt.public-key: neither PEM text nor a readable file: "
                        + pemOrPath, e);
            }
        }
        boolean certificate = pem.contains("BEGIN CERTIFICATE");
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] der = Base64.getMimeDecoder().decode(base64);
        try {
            if (certificate) {
                return CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(der)).getPublicKey();
            }
            for (String type : List.of("RSA", "EC")) {
                try {
                    return KeyFactory.getInstance(type).generatePublic(new X509EncodedKeySpec(der));
                } catch (java.security.spec.InvalidKeySpecException notThisType) {
                    // try the next type
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("strata.jwt.public-key: not a public key: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("strata.jwt.public-key: not an RSA or EC public key");
    }

    /** The RSA and EC signing keys of a JWKS document; others (and malformed ones) are skipped. */
    static List<Keyed> jwks(JsonNode document) {
        List<Keyed> keys = new ArrayList<>();
        JsonNode list = document.path("keys");
        for (JsonNode jwk : list) {
            if (jwk.hasNonNull("use") && !"sig".equals(jwk.get("use").asText())) {
                continue;
            }
            try {
                PublicKey key = switch (jwk.path("kty").asText()) {
                    case "RSA" -> KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                            unsigned(jwk.path("n").asText()), unsigned(jwk.path("e").asText())));
                    case "EC" -> ec(jwk);
                    default -> null;
                };
                if (key != null) {
                    keys.add(new Keyed(jwk.hasNonNull("kid") ? jwk.get("kid").asText() : null, key));
                }
            } catch (GeneralSecurityException | IllegalArgumentException malformed) {
                // a key Strata cannot read verifies nothing
            }
        }
        return keys;
    }

    /** Whether the key may verify the algorithm: RSA keys RS*, EC keys ES* on the algorithm's curve. */
    static boolean fits(PublicKey key, JwtAlgorithm algorithm) {
        return switch (algorithm.family) {
            case RSA -> key instanceof RSAPublicKey;
            case EC -> key instanceof ECPublicKey ec && ec.getParams().getCurve().equals(curve(algorithm.curve)
                    .getCurve());
            case HMAC -> false;
        };
    }

    private static PublicKey ec(JsonNode jwk) throws GeneralSecurityException {
        String curve = jwk.path("crv").asText();
        if (!CURVES.containsKey(curve)) {
            return null;
        }
        ECPoint point = new ECPoint(unsigned(jwk.path("x").asText()), unsigned(jwk.path("y").asText()));
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, curve(curve)));
    }

    private static ECParameterSpec curve(String jwkName) {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec(CURVES.get(jwkName)));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC curve " + jwkName + " unavailable", e);
        }
    }

    private static BigInteger unsigned(String base64Url) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(base64Url));
    }
}
