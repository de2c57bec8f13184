package dev.strata.limits;

import graphql.language.SourceLocation;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorClassification;
import java.util.Map;

/** The codes a refused request's error carries in {@code extensions.code}. */
public enum LimitExceeded implements ValidationErrorClassification {
    MAX_DEPTH_EXCEEDED,
    MAX_COST_EXCEEDED,
    MAX_PAGE_SIZE_EXCEEDED,
    MAX_FIELDS_EXCEEDED,
    MAX_ALIASES_EXCEEDED,
    /** A root field's compiled SQL is longer than allowed: the field's error, its statement never sent. */
    MAX_SQL_LENGTH_EXCEEDED,
    INTROSPECTION_DISABLED;

    /** The GraphQL error of this refusal: a request error (HTTP 400), so nothing of the request runs. */
    ValidationError error(String message, SourceLocation location) {
        ValidationError.Builder error = ValidationError.newValidationError().validationErrorType(this)
                .description(message).extensions(Map.of("code", name()));
        return (location == null ? error : error.sourceLocation(location)).build();
    }
}
