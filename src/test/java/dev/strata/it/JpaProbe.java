package dev.strata.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What an extension bean's JPA code sees (deployed by {@link RequestTransactionJpaInServerIT} with the
 * persistence unit {@code strata}, the WAR's own, on {@code jdbc/strata}): EclipseLink, container-managed, in the caller's
 * JTA transaction.
 */
@ApplicationScoped
public class JpaProbe {

    static final String IDENTITY = "select current_user || ' ' || coalesce(nullif(current_setting("
            + "'jwt.claims.person_id', true), ''), '-') || ' ' || current_setting('transaction_read_only')";

    @PersistenceContext(unitName = "strata")
    EntityManager entityManager;

    /** The role, the person_id claim ({@code -} when unset) and whether the transaction is read only. */
    public String identity() {
        return (String) entityManager.createNativeQuery(IDENTITY).getSingleResult();
    }

    /** The backend process: the same one means the same physical connection. */
    public int backend() {
        return ((Number) entityManager.createNativeQuery("select pg_backend_pid()").getSingleResult()).intValue();
    }
}
