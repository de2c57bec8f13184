package dev.strata.schema;

import dev.strata.plan.OpaqueIds;
import graphql.schema.DataFetcher;
import java.util.Map;

/** The data fetchers of fields whose value is already in their parent's JSON. */
public final class Fetchers {

    /** Reads the field's value from its parent object by the key it has in the response (its alias). */
    static final DataFetcher<Object> BY_RESULT_KEY = environment -> {
        Object source = environment.getSource();
        return source instanceof Map<?, ?> map ? map.get(environment.getField().getResultKey()) : null;
    };

    /** Reads the field's value from its parent object by the field's name: values built as JSON (intervals, ranges). */
    static final DataFetcher<Object> BY_FIELD_NAME = environment -> {
        Object source = environment.getSource();
        return source instanceof Map<?, ?> map ? map.get(environment.getField().getName()) : null;
    };

    /** Reads a JSON array from the parent object and gives it base64-encoded: node ids and cursors. */
    static final DataFetcher<Object> ENCODED = environment -> {
        Object value = BY_RESULT_KEY.get(environment);
        return value == null ? null : OpaqueIds.encode(value);
    };

    private Fetchers() {
    }

    /** Whether the fetcher is the one of node ids and cursors, which a response written by PostgreSQL holds encoded. */
    public static boolean encodes(DataFetcher<?> fetcher) {
        return fetcher == ENCODED;
    }
}
