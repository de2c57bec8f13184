package dev.strata.http;

import java.util.Locale;
import java.util.Optional;

/**
 * A POST's {@code Content-Type}, parsed once for both places that read it: {@link HttpGuardFilter} refuses a body
 * that is neither JSON nor GraphQL in UTF-8 (415), {@link GraphQLResource} reads JSON in UTF-8.
 *
 * @param mediaType the media type, lower case, without parameters ({@code ""} when the header is absent)
 * @param charset   the {@code charset} parameter, lower case and unquoted, or null when it is not named (UTF-8)
 */
record RequestContentType(String mediaType, String charset) {

    static final String EXPECTED = "content-type: application/json; charset=utf-8";

    static RequestContentType parse(String header) {
        if (header == null) {
            return new RequestContentType("", null);
        }
        String[] parts = header.toLowerCase(Locale.ROOT).split(";");
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].strip().equals("charset")) {
                charset = parameter.length < 2 ? "" : parameter[1].strip().replace("\"", "");
            }
        }
        return new RequestContentType(parts.length == 0 ? "" : parts[0].strip(), charset);
    }

    /** Whether a body of this type is JSON that GraphQL over HTTP reads: UTF-8, the default when unnamed. */
    boolean isJson() {
        return mediaType.equals("application/json") && utf8();
    }

    /** Why a GraphQL POST body of this type is refused (415), or empty when it may be read. */
    Optional<String> postRefusal() {
        if (mediaType.isEmpty()) {
            return Optional.of("A POST body needs a Content-Type: application/json.");
        }
        if (!mediaType.equals("application/json") && !mediaType.equals("application/graphql")) {
            return Optional.of("POST bodies must be application/json (or application/graphql), not "
                    + printable(mediaType) + ".");
        }
        return utf8() ? Optional.empty()
                : Optional.of("The request body must be encoded in UTF-8, not " + printable(charset) + ".");
    }

    private boolean utf8() {
        return charset == null || charset.equals("utf-8");
    }

    /** A header value as it may be echoed: short, and printable ASCII only. */
    private static String printable(String text) {
        String cut = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return cut.replaceAll("[^\\x20-\\x7e…]", "?");
    }
}
