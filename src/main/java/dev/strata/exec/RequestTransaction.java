package dev.strata.exec;

import dev.strata.sql.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * The one transaction of a GraphQL request, opened on first use: READ ONLY for queries, READ WRITE for
 * mutations, with the request's role and claims applied first. Each root field can run under its own savepoint
 * so that a failing field leaves no trace and does not abort the fields after it.
 *
 * <p>In Open Liberty it is the container's JTA transaction ({@link GlobalTransaction}): JPA/EclipseLink code run
 * in the request (a persistence unit on {@code jdbc/strata}) shares its physical connection and so its role and
 * claims. Savepoints are SQL statements, which a connection in a global transaction accepts as any other. A
 * request whose only statement is a read needs none of this: {@link #readAlone} runs it in one round trip.
 */
public final class RequestTransaction implements AutoCloseable {

    /** Work done with the request's connection. */
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final ConnectionInterceptor interceptor;
    private Connection connection;
    private boolean readOnly;
    private boolean finished;
    private boolean failedWithoutSavepoint; // the transaction is aborted: it can only roll back
    private GlobalTransaction global; // null outside a container

    public RequestTransaction(DataSource dataSource, ConnectionInterceptor interceptor) {
        this.dataSource = dataSource;
        this.interceptor = interceptor;
    }

    /** Runs work in the transaction; with {@code isolated}, under a savepoint rolled back if the work fails. */
    public synchronized <T> T run(boolean readOnly, boolean isolated, Work<T> work) throws SQLException {
        Connection open = connection(readOnly);
        if (!isolated) {
            try {
                return work.run(open);
            } catch (SQLException | RuntimeException e) {
                failedWithoutSavepoint = true;
                throw e;
            }
        }
        execute(open, "savepoint strata_field");
        try {
            T result = work.run(open);
            execute(open, "release savepoint strata_field");
            return result;
        } catch (SQLException | RuntimeException e) {
            execute(open, "rollback to savepoint strata_field");
            throw e;
        }
    }

    /**
     * Runs a read that is the request's only statement in one round trip, outside any container transaction: the
     * settings statement and the read go to PostgreSQL together before one Sync of the extended protocol, so they
     * run in one implicit transaction, which ends (rolled back on failure) with the read. The transaction-local
     * settings end with it, and the connection goes back to the pool as it came. A thread already in a container
     * transaction, or a request that already opened its transaction, gets the ordinary path.
     *
     * @return the first column of every row of the read, as text
     */
    public synchronized List<String> readAlone(Sql read) throws SQLException {
        return alone(true, read);
    }

    /**
     * Runs a write that is the request's only statement in one round trip, as {@link #readAlone} runs a read but
     * READ WRITE: the implicit transaction commits with the Sync when the write succeeds, and rolls back, taking
     * the settings with it, when it fails. The caller makes sure nothing can fail after the write returns (no
     * statement follows it, and no Java code shares the transaction), since what it wrote is then committed.
     *
     * @return the first column of every row the write returned, as text
     */
    public synchronized List<String> writeAlone(Sql write) throws SQLException {
        return alone(false, write);
    }

    private List<String> alone(boolean readOnly, Sql sql) throws SQLException {
        if (connection != null || GlobalTransaction.active()) {
            return run(readOnly, false, open -> Statements.rows(open, sql));
        }
        Sql both = Sql.join("; ", List.of((readOnly ? interceptor.readOnly() : interceptor).statement(), sql));
        try (Connection alone = dataSource.getConnection()) {
            if (!alone.getAutoCommit()) {
                alone.setAutoCommit(true);
            }
            try (PreparedStatement statement = Statements.prepare(alone, both)) {
                statement.execute();
                if (!statement.getMoreResults()) {
                    throw new SQLException("the statement returned no rows: " + sql.text());
                }
                try (ResultSet rows = statement.getResultSet()) {
                    return Statements.firstColumn(rows);
                }
            }
        }
    }

    private Connection connection(boolean readOnly) throws SQLException {
        if (connection == null) {
            global = GlobalTransaction.begin();
            Connection opened;
            try {
                opened = dataSource.getConnection();
            } catch (SQLException | RuntimeException e) {
                endGlobal();
                throw e;
            }
            try {
                // BEGIN travels with the first statement, and READ ONLY is one more setting of the same
                // set_config statement: opening the transaction costs one round trip.
                if (global == null) {
                    opened.setAutoCommit(false);
                }
                (readOnly ? interceptor.readOnly() : interceptor).apply(opened);
            } catch (SQLException | RuntimeException e) {
                // e.g. a role that does not exist: end the aborted transaction before the connection goes back
                // to the pool, or the next request on it would fail too
                try {
                    if (global == null) {
                        opened.rollback();
                        opened.setAutoCommit(true);
                    }
                } catch (SQLException cleanup) {
                    e.addSuppressed(cleanup);
                } finally {
                    opened.close();
                    endGlobal();
                }
                throw e;
            }
            connection = opened;
            this.readOnly = readOnly;
        }
        return connection;
    }

    /** Rolls back the global transaction if it is still open (a failure before {@link #finish}). */
    private void endGlobal() {
        if (global != null) {
            global.rollback();
            global = null;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * Ends the transaction. A read-write (mutation) transaction commits unless work outside a savepoint failed:
     * each field of a request with several ran in its own savepoint, so a failed field left nothing behind and the
     * fields before it are kept, as PostGraphile 4 keeps them. A read-only one commits when everything succeeded,
     * else rolls back.
     */
    public synchronized void finish(boolean success) throws SQLException {
        if (connection != null) {
            finished = true;
            boolean commit = success || (!readOnly && !failedWithoutSavepoint);
            if (global != null) {
                if (commit) {
                    global.commit();
                } else {
                    global.rollback();
                }
                global = null;
            } else if (commit) {
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
                if (global == null) {
                    if (!finished) {
                        connection.rollback();
                    }
                    connection.setAutoCommit(true);
                }
            } finally {
                connection.close();
                connection = null;
                endGlobal();
            }
        }
    }
}
