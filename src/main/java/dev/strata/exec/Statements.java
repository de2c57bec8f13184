package dev.strata.exec;

import dev.strata.sql.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Running {@link Sql} on a connection: its text prepared, its values bound in order. */
final class Statements {

    private Statements() {
    }

    static PreparedStatement prepare(Connection connection, Sql sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.text());
        try {
            List<Object> values = sql.values();
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** Runs a query; gives the first column of every row it returns, as text. */
    static List<String> rows(Connection connection, Sql sql) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql); ResultSet rows = statement.executeQuery()) {
            return firstColumn(rows);
        }
    }

    /** The first column of every row, as text. */
    static List<String> firstColumn(ResultSet rows) throws SQLException {
        List<String> texts = new ArrayList<>();
        while (rows.next()) {
            texts.add(rows.getString(1));
        }
        return texts;
    }
}
