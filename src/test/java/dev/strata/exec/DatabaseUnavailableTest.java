package dev.strata.exec;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void connectionFailuresShutdownsAndThePoolsConnectionExceptionsMeanUnavailable() {
        assertTrue(DatabaseUnavailable.is(new SQLException("Connection refused", "08001")));
        assertTrue(DatabaseUnavailable.is(new SQLException("terminating connection", "57P01")));
        assertTrue(DatabaseUnavailable.is(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseUnavailable.is(new SQLTransientConnectionException("pool timed out")));
        assertTrue(DatabaseUnavailable.is(new SQLException("wrapped", null,
                new SQLNonTransientConnectionException("I/O error"))));
        SQLException chained = new SQLException("batch failed");
        chained.setNextException(new SQLException("An I/O error occurred", "08006"));
        assertTrue(DatabaseUnavailable.is(chained));
    }

    @Test
    void errorsOfTheRequestItselfDoNotMeanUnavailable() {
        assertFalse(DatabaseUnavailable.is(new SQLException("permission denied", "42501")));
        assertFalse(DatabaseUnavailable.is(new SQLException("canceling statement due to statement timeout", "57014")));
        assertFalse(DatabaseUnavailable.is(new SQLException("no state")));
    }
}
