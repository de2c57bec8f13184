package dev.strata.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Cursors and node ids: base64 of a compact JSON array, byte-identical to PostGraphile 4's
 * ({@code ["primary_key_asc",[5]]}, {@code ["people",1]}).
 */
public final class OpaqueIds {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpaqueIds() {
    }

    public static String encode(Object value) {
        try {
            return Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode " + value, e);
        }
    }

    /** The JSON array inside a base64 string, or empty when the text is not one. */
    public static Optional<List<Object>> decode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            Object value = JSON.readValue(Base64.getDecoder().decode(text.getBytes(StandardCharsets.US_ASCII)),
                    Object.class);
            if (value instanceof List<?> list) {
                @SuppressWarnings("unchecked")
                List<Object> array = (List<Object>) list;
                return Optional.of(array);
            }
            return Optional.empty();
        } catch (IllegalArgumentException | java.io.IOException e) {
            return Optional.empty();
        }
    }
}
