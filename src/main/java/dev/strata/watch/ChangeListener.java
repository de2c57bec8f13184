package dev.strata.watch;

import dev.strata.sql.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens for DDL notifications on a connection of its own and has the schema rebuilt through it. A burst of
 * notifications (a migration) settles first: the rebuild waits until none has come for {@link #QUIET_MS}, at most
 * {@link #SETTLE_MS} after the first. When the connection drops (or stops answering) it reconnects, retrying with a
 * growing pause, and rebuilds once connected again, since changes made meanwhile were not heard.
 */
final class ChangeListener implements Runnable {

    /** Opens the listening connection (a PostgreSQL one, or a pooled one that unwraps to it). */
    interface Connector {
        Connection connect() throws SQLException;
    }

    private static final Logger LOG = Logger.getLogger(ChangeListener.class.getName());

    private static final int POLL_MS = 500;
    static final int QUIET_MS = 50;
    static final int SETTLE_MS = 500;
    /** Silence after which the connection is checked, so a connection dead without a word is noticed. */
    private static final long CHECK_AFTER_NS = 30_000_000_000L;
    private static final int CHECK_TIMEOUT_S = 5;
    private static final long MAX_PAUSE_MS = 30_000;

    private final Connector connector;
    private final WatchedSchemas schemas;
    private final Consumer<Connection> rebuild;
    private volatile boolean stopped;
    private volatile Connection current;

    /** @param rebuild rebuilds the schema (reading the catalog through the connection it is given) and serves it */
    ChangeListener(Connector connector, WatchedSchemas schemas, Consumer<Connection> rebuild) {
        this.connector = connector;
        this.schemas = schemas;
        this.rebuild = rebuild;
    }

    @Override
    public void run() {
        boolean missedChanges = false;
        long pauseMs = 250;
        while (!stopped) {
            try (Connection connection = connector.connect()) {
                current = connection;
                try (Statement listen = connection.createStatement()) {
                    listen.execute(Sql.concat(Sql.raw("LISTEN "), Sql.identifier(WatchFixtures.CHANNEL)).text());
                }
                if (missedChanges) {
                    LOG.info("Watch mode: listening again; rebuilding the schema for the changes made meanwhile");
                    rebuild.accept(connection);
                }
                pauseMs = 250;
                listen(connection);
            } catch (SQLException | RuntimeException e) {
                if (stopped) {
                    return;
                }
                if (!missedChanges) {
                    LOG.log(Level.WARNING, "Watch mode: the listening connection failed (" + e.getMessage()
                            + "); reconnecting", e instanceof SQLException ? null : e);
                }
                missedChanges = true;
                pause(pauseMs);
                pauseMs = Math.min(MAX_PAUSE_MS, pauseMs * 2);
            } finally {
                current = null;
            }
        }
    }

    /** Stops listening: the loop ends within one poll, or at once when the connection is closed under it. */
    void stop() {
        stopped = true;
        Connection connection = current;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "Watch mode: closing the listening connection", e);
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        PGConnection notifications = connection.unwrap(PGConnection.class);
        long lastHeard = System.nanoTime();
        while (!stopped) {
            PGNotification[] received = notifications.getNotifications(POLL_MS);
            if (received != null && received.length > 0) {
                lastHeard = System.nanoTime();
                if (concern(received)) {
                    settle(notifications);
                    rebuild.accept(connection);
                }
            } else if (System.nanoTime() - lastHeard > CHECK_AFTER_NS) {
                if (!connection.isValid(CHECK_TIMEOUT_S)) {
                    throw new SQLException("the connection does not answer");
                }
                lastHeard = System.nanoTime();
            }
        }
    }

    private boolean concern(PGNotification[] received) {
        for (PGNotification notification : received) {
            if (schemas.concerns(notification.getParameter())) {
                return true;
            }
        }
        return false;
    }

    /** Waits for the burst to end; what it brings is covered by the one rebuild that follows. */
    private static void settle(PGConnection notifications) throws SQLException {
        long deadline = System.nanoTime() + SETTLE_MS * 1_000_000L;
        while (System.nanoTime() < deadline) {
            PGNotification[] more = notifications.getNotifications(QUIET_MS);
            if (more == null || more.length == 0) {
                return;
            }
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }
}
