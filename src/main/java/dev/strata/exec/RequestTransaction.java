package dev.strata.exec;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The one transaction of a GraphQL request, opened on first use: READ ONLY for queries, READ WRITE for
 * mutations, with the request's role and claims applied first. Each root field can run under its own savepoint
 * so that a failing field leaves no trace and does not abort the fields after it.
 */
public final class RequestTransaction implements AutoCloseable {

    /** Work done with the request's connection. */
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final Map<String, String> settings;
    private Connection connection;

    public RequestTransaction(DataSource dataSource, Map<String, String> settings) {
        this.dataSource = dataSource;
        this.settings = Map.copyOf(settings);
    }

    /** Runs work in the transaction; with {@code isolated}, under a savepoint rolled back if the work fails. */
    public synchronized <T> T run(boolean readOnly, boolean isolated, Work<T> work) throws SQLException {
        Connection open = connection(readOnly);
        if (!isolated) {
            return work.run(open);
        }
        Savepoint savepoint = open.setSavepoint();
        try {
            T result = work.run(open);
            open.releaseSavepoint(savepoint);
            return result;
        } catch (SQLException | RuntimeException e) {
            open.rollback(savepoint);
            throw e;
        }
    }

    private Connection connection(boolean readOnly) throws SQLException {
        if (connection == null) {
            Connection opened = dataSource.getConnection();
            try {
                opened.setAutoCommit(false);
                opened.setReadOnly(readOnly);
                ConnectionInterceptor.apply(opened, settings);
            } catch (SQLException | RuntimeException e) {
                opened.close();
                throw e;
            }
            connection = opened;
        }
        return connection;
    }

    /**
     * Ends the transaction. A read-write (mutation) transaction always commits: each of its fields ran in its own
     * savepoint, so a failed field left nothing behind and the fields before it are kept, as PostGraphile 4 keeps
     * them. A read-only one commits when everything succeeded, else rolls back.
     */
    public synchronized void finish(boolean success) throws SQLException {
        if (connection != null) {
            if (success || !connection.isReadOnly()) {
                connection.commit();
            } else {
                connection.rollback();
            }
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        if (connection != null) {
            try {
                // Back to the pool in autocommit mode: the pool runs its own statements (e.g. resetting
                // search_path) on return, which would otherwise open a transaction that outlives this request.
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
                connection.setReadOnly(false);
            } finally {
                connection.close();
                connection = null;
            }
        }
    }
}
