package dev.strata.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * An extension bean using JPA (deployed by {@link JavaExtensionInServerIT} with the persistence unit
 * {@code strata}, the WAR's own, on {@code jdbc/strata}): its queries run on the request's connection, in its transaction.
 */
@GraphQLApi
@ApplicationScoped
public class JpaExtras {

    @PersistenceContext(unitName = "strata")
    EntityManager entityManager;

    /** The role, the person_id claim and whether the transaction is read only, as the database sees them. */
    @Query
    public String whoAmI() {
        return (String) entityManager.createNativeQuery(JpaProbe.IDENTITY).getSingleResult();
    }

    /** The generated {@code Post}, as far as {@link #seenBy} needs it. */
    public record Post(int id) {
    }

    /** Who reads the post, as the database sees it: a row field whose JPA code runs after the root field's read. */
    public String seenBy(@Source Post post) {
        return whoAmI();
    }

    /** Fails in the database, through JPA: EclipseLink then marks the request's JTA transaction rollback-only. */
    @Mutation
    public int broken() {
        return ((Number) entityManager.createNativeQuery("select 1 / 0").getSingleResult()).intValue();
    }

    /** Sets a post's headline through JPA (row level security decides); with {@code fail}, fails after it. */
    @Mutation
    public int retitle(@Name("id") int id, @Name("headline") String headline, @Name("fail") boolean fail)
            throws GraphQLException {
        int updated = entityManager.createNativeQuery("update forum_example.post set headline = ?1 where id = ?2")
                .setParameter(1, headline).setParameter(2, id).executeUpdate();
        if (fail) {
            throw new GraphQLException("retitle failed after writing");
        }
        return updated;
    }
}
