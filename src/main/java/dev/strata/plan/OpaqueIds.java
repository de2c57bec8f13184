package dev.strata.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import dev.strata.sql.Sql;
import java.util.ArrayList;
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

    /**
     * The same encoding done by PostgreSQL, for a response written as its text: base64 of the array of these
     * elements' JSON texts, without the line breaks {@code encode} puts after every 76 characters.
     */
    static Sql inSql(List<Sql> elements) {
        List<Sql> text = new ArrayList<>();
        text.add(Sql.literal("["));
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                text.add(Sql.literal(","));
            }
            text.add(elements.get(i));
        }
        text.add(Sql.literal("]"));
        return Sql.of("translate(encode(convert_to({}, 'utf8'), 'base64'), E'\\n', '')", Sql.join(" || ", text));
    }

    /** The JSON text of a string Strata chose (a node id prefix, an order name), as a SQL literal. */
    static Sql jsonString(String text) {
        try {
            return Sql.literal(JSON.writeValueAsString(text));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode " + text, e);
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
