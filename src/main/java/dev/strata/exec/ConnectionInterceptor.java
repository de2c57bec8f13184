package dev.strata.exec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.sql.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request's identity, applied to its connection before any other SQL of its transaction: {@code role} and every
 * {@code jwt.claims.*} setting, transaction-local, in one statement whose only parameter is a JSON object of the
 * settings, so no value is ever part of SQL text and nothing outlives the transaction. Immutable.
 */
public final class ConnectionInterceptor {

    private static final String APPLY = "select set_config(key, value, true) from json_each_text({}::json)";
    private static final String READ_ONLY = "transaction_read_only";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> settings;

    /** @param settings the role and claims settings of the request's identity, in the order they are applied */
    public ConnectionInterceptor(Map<String, String> settings) {
        this.settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /**
     * The same settings in a READ ONLY transaction: one more setting of the same statement, so that opening a
     * read-only transaction costs no extra round trip.
     */
    ConnectionInterceptor readOnly() {
        Map<String, String> withReadOnly = new LinkedHashMap<>();
        withReadOnly.put(READ_ONLY, "on");
        withReadOnly.putAll(settings);
        return new ConnectionInterceptor(withReadOnly);
    }

    /** Applies the settings to the connection's current transaction. */
    void apply(Connection connection) throws SQLException {
        if (settings.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = Statements.prepare(connection, statement())) {
            statement.execute();
        }
    }

    /** The statement that applies the settings, for sending together with the statements it must precede. */
    Sql statement() {
        try {
            return Sql.of(APPLY, Sql.value(JSON.writeValueAsString(settings)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("settings cannot be written as JSON", e);
        }
    }
}
