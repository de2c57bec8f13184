package dev.strata.http;

import graphql.ExecutionResult;
import java.util.Locale;
import java.util.Optional;

/**
 * The two media types GraphQL over HTTP answers with, chosen from the request's {@code Accept} header, and the
 * status each gives a result. {@code application/graphql-response+json} follows the spec: a result without
 * {@code data} (the request failed to parse, validate or coerce its variables) is a 400. {@code application/json}
 * keeps PostGraphile 4's statuses unless the server is told to use the spec's (200 for every GraphQL result).
 */
enum ResponseFormat {

    GRAPHQL_RESPONSE_JSON("graphql-response+json"),
    JSON("json");

    private final String subtype;

    ResponseFormat(String subtype) {
        this.subtype = subtype;
    }

    /** The {@code Content-Type} of the answer. */
    String contentType() {
        return "application/" + subtype + "; charset=utf-8";
    }

    int status(ExecutionResult result, JsonStatus jsonStatus) {
        if (this == GRAPHQL_RESPONSE_JSON) {
            return result.isDataPresent() ? 200 : 400;
        }
        return jsonStatus == JsonStatus.POSTGRAPHILE ? ResponseBody.status(result) : 200;
    }

    /**
     * The format the client accepts most, by quality; on a tie the one its more specific range names, then the one
     * it names first; wildcards alone give {@code application/json}. Without an {@code Accept} header
     * (a legacy client) it is {@code application/json}; empty when the client accepts neither.
     */
    static Optional<ResponseFormat> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        ResponseFormat best = null;
        double bestQuality = 0;
        int bestSpecificity = -1;
        for (String range : accept.split(",")) {
            AcceptedRange accepted = AcceptedRange.parse(range);
            for (ResponseFormat format : values()) {
                int specificity = accepted.specificity(format.subtype);
                if (specificity < 0 || accepted.quality <= 0) {
                    continue;
                }
                if (accepted.quality > bestQuality
                        || accepted.quality == bestQuality && specificity > bestSpecificity) {
                    best = format;
                    bestQuality = accepted.quality;
                    bestSpecificity = specificity;
                }
            }
        }
        // */* and application/* match both; the spec wants application/json for them (older clients).
        if (best == GRAPHQL_RESPONSE_JSON && bestSpecificity < 2) {
            best = JSON;
        }
        return Optional.ofNullable(best);
    }

    /** One media range of an {@code Accept} header with its quality. */
    private record AcceptedRange(String type, String subtype, double quality) {

        static AcceptedRange parse(String range) {
            String[] parts = range.split(";");
            String[] type = parts[0].strip().toLowerCase(Locale.ROOT).split("/", 2);
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String[] parameter = parts[i].strip().split("=", 2);
                if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("q")) {
                    quality = quality(parameter[1].strip());
                }
            }
            return new AcceptedRange(type[0], type.length == 2 ? type[1] : "", quality);
        }

        private static double quality(String value) {
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        /** 2 for an exact match, 1 for {@code type/*}, 0 for {@code *}{@code /*}, -1 when it does not match. */
        int specificity(String applicationSubtype) {
            if (type.equals("*") && subtype.equals("*")) {
                return 0;
            }
            if (!type.equals("application")) {
                return -1;
            }
            if (subtype.equals("*")) {
                return 1;
            }
            return subtype.equals(applicationSubtype) ? 2 : -1;
        }
    }
}
