package dev.strata.exec;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.naming.NoInitialContextException;

/**
 * The container's JTA transaction around a request, in Open Liberty: every connection the request takes from the
 * shareable pool {@code jdbc/strata} inside it, Strata's and a JPA persistence unit's on the same data source, is
 * the same physical connection, so the role and claims the interceptor set (transaction-local) hold for all of
 * them. Outside a container (tests over a plain {@code DataSource}) there is none, and the request's transaction
 * is the connection's own.
 */
final class GlobalTransaction {

    private static final Logger LOG = Logger.getLogger(GlobalTransaction.class.getName());
    private static final String NAME = "java:comp/UserTransaction";

    private static volatile UserTransaction found;
    private static volatile boolean noContainer;

    private final UserTransaction transaction;
    private final boolean began;

    private GlobalTransaction(UserTransaction transaction, boolean began) {
        this.transaction = transaction;
        this.began = began;
    }

    /**
     * Begins the container's transaction, or joins the one the thread already has (then the caller's owner
     * ends it); null when there is no container.
     */
    static GlobalTransaction begin() throws SQLException {
        UserTransaction transaction = userTransaction();
        if (transaction == null) {
            return null;
        }
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                return new GlobalTransaction(transaction, false);
            }
            transaction.begin();
            return new GlobalTransaction(transaction, true);
        } catch (Exception e) {
            throw new SQLException("cannot begin the request's transaction: " + e, e);
        }
    }

    /** Whether the thread is already in a container transaction (which the caller's owner ends). */
    static boolean active() throws SQLException {
        UserTransaction transaction = userTransaction();
        try {
            return transaction != null && transaction.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            throw new SQLException("cannot read the thread's transaction status: " + e, e);
        }
    }

    /**
     * Commits.
     *
     * @throws RolledBack when code that shares the transaction (JPA in an extension bean) marked it rollback-only:
     *                    it was rolled back instead, whole
     */
    void commit() throws SQLException {
        if (began) {
            try {
                if (transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                    transaction.rollback();
                    throw new RolledBack();
                }
                transaction.commit();
            } catch (RolledBack e) {
                throw e;
            } catch (Exception e) {
                throw new SQLException("the request's transaction could not commit: " + e.getMessage(), e);
            }
        }
    }

    /** The transaction was rolled back instead of committed: nothing of the request was kept. */
    public static final class RolledBack extends SQLException {
        RolledBack() {
            super("The request was rolled back as a whole: a part of it that shares its transaction (a Java "
                    + "extension's JPA work) failed, so nothing it wrote was kept.");
        }
    }

    /** Rolls back (a joined transaction is marked rollback-only); never throws. */
    void rollback() {
        try {
            if (began) {
                if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    transaction.rollback();
                }
            } else {
                transaction.setRollbackOnly();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.WARNING, "cannot roll back the request's transaction", e);
        }
    }

    private static UserTransaction userTransaction() {
        UserTransaction current = found;
        if (current != null || noContainer) {
            return current;
        }
        try {
            current = InitialContext.doLookup(NAME);
            found = current;
            return current;
        } catch (NoInitialContextException e) {
            noContainer = true;
            return null;
        } catch (NamingException | RuntimeException e) {
            LOG.log(Level.FINE, "no " + NAME + ": requests use the connection's own transaction", e);
            return null;
        }
    }
}
