package dev.strata.exec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;

/**
 * A root field's value as the JSON text PostgreSQL built, already in the shape and spelling of the response
 * ({@link Splicing}): written into the response without PostgreSQL's blanks between tokens, never parsed into
 * maps. Written to anything but text (a Jackson tree, as tests read results), it is copied token by token.
 */
record RawJson(String text) implements JsonSerializable {

    private static final JsonFactory PARSERS = new JsonFactory();

    @Override
    public void serialize(JsonGenerator generator, SerializerProvider serializers) throws IOException {
        if (generator instanceof TokenBuffer) {
            try (JsonParser parser = PARSERS.createParser(text)) {
                parser.nextToken();
                generator.copyCurrentStructure(parser);
            }
        } else {
            generator.writeRawValue(compact(text));
        }
    }

    /** The JSON text without the blanks outside strings ({@code json_build_object} writes {@code {"a" : 1}}). */
    static String compact(String json) {
        StringBuilder compact = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                compact.append(c);
                if (c == '\\') {
                    compact.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                compact.append(c);
            } else if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                compact.append(c);
            }
        }
        return compact.toString();
    }

    @Override
    public void serializeWithType(JsonGenerator generator, SerializerProvider serializers, TypeSerializer type)
            throws IOException {
        serialize(generator, serializers);
    }
}
