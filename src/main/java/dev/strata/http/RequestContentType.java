package dev.strata.http;

import java.util.Locale;

/** Whether a POST's {@code Content-Type} is one GraphQL over HTTP reads: JSON in UTF-8 (the default when unnamed). */
final class RequestContentType {

    static final String EXPECTED = "content-type: application/json; charset=utf-8";

    private RequestContentType() {
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].strip().equals("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].strip().equals("charset")
                    && (parameter.length < 2 || !parameter[1].strip().replace("\"", "").equals("utf-8"))) {
                return false;
            }
        }
        return true;
    }
}
