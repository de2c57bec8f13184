package dev.strata.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Makes tokens for tests: any header and payload text, signed with a secret or a private key, or not at all. */
final class Tokens {

    private Tokens() {
    }

    static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static String hmac(String algorithm, String header, String payload, String secret) {
        String signed = b64(header) + "." + b64(payload);
        try {
            String name = "Hmac" + algorithm.replace("HS", "SHA");
            Mac mac = Mac.getInstance(name);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), name));
            return signed + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hs256(String payload, String secret) {
        return hmac("HS256", "{\"alg\":\"HS256\",\"typ\":\"JWT\"}", payload, secret);
    }

    /** Signed with a private key; {@code javaName} e.g. SHA256withRSA or SHA256withECDSAinP1363Format. */
    static String signed(String header, String payload, PrivateKey key, String javaName) {
        String signed = b64(header) + "." + b64(payload);
        try {
            Signature signature = Signature.getInstance(javaName);
            signature.initSign(key);
            signature.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
