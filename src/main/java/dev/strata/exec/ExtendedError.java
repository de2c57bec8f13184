package dev.strata.exec;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A field's error with PostgreSQL's fields as PostGraphile 4's {@code --extended-errors} writes them
 * ({@link ErrorFields}): in {@code extensions.exception}, and also at the error's own top level, before its
 * message.
 */
public final class ExtendedError implements GraphQLError {

    private final GraphQLError error;
    private final Map<String, Object> fields;

    ExtendedError(GraphQLError error, Map<String, Object> fields) {
        this.error = error;
        this.fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The fields written at the error's top level. */
    public Map<String, Object> topLevel() {
        return fields;
    }

    @Override
    public String getMessage() {
        return error.getMessage();
    }

    @Override
    public List<SourceLocation> getLocations() {
        return error.getLocations();
    }

    @Override
    public ErrorClassification getErrorType() {
        return error.getErrorType();
    }

    @Override
    public List<Object> getPath() {
        return error.getPath();
    }

    @Override
    public Map<String, Object> getExtensions() {
        return Map.of("exception", fields);
    }

    @Override
    public Map<String, Object> toSpecification() {
        Map<String, Object> specification = new LinkedHashMap<>(fields);
        specification.putAll(error.toSpecification());
        specification.put("extensions", getExtensions());
        return specification;
    }
}
