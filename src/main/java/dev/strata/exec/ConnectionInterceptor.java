package dev.strata.exec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * Applies a request's identity to a connection before any other SQL of its transaction: {@code role} and every
 * {@code jwt.claims.*} setting, transaction-local, in one statement whose only parameter is a JSON object of the
 * settings, so no value is ever part of SQL text and nothing outlives the transaction.
 */
public final class ConnectionInterceptor {

    private static final String APPLY = "select set_config(key, value, true) from json_each_text(?::json)";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConnectionInterceptor() {
    }

    public static void apply(Connection connection, Map<String, String> settings) throws SQLException {
        if (settings.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(APPLY)) {
            statement.setString(1, JSON.writeValueAsString(settings));
            statement.execute();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("settings cannot be written as JSON", e);
        }
    }
}
