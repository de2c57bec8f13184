package dev.strata.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Source;

/**
 * The sample extension of the forum demo (docs/EXTENDING.md), merged only when {@code strata.samples} is true:
 * {@code Post.readingTime}, computed in Java from the row, and {@code publishDigest}, a mutation that writes
 * through JPA as the signed-in person.
 */
@GraphQLApi
@ApplicationScoped
public class ForumSamples {

    private static final int WORDS_PER_MINUTE = 200;

    @PersistenceContext(unitName = "strata")
    EntityManager entityManager;

    /** The generated {@code Post}, as far as {@link #readingTime} needs it. */
    public record Post(String body) {
    }

    @Description("Minutes it takes to read the post, at 200 words a minute.")
    public int readingTime(@Source Post post) {
        int words = post.body() == null || post.body().isBlank() ? 0 : post.body().strip().split("\\s+").length;
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    @Mutation
    @Description("Writes a digest of the signed-in person's post headlines into their `about`, and returns it.")
    public String publishDigest() throws GraphQLException {
        if (entityManager.createNativeQuery("select current_setting('jwt.claims.person_id', true)")
                .getResultStream().findFirst().filter(id -> !id.toString().isEmpty()).isEmpty()) {
            throw new GraphQLException("Sign in to publish a digest.");
        }
        String digest = (String) entityManager.createNativeQuery("""
                update forum_example.person p set about = d.digest
                from (select 'Digest: ' || coalesce(string_agg(headline, '; ' order by id), 'no posts yet') as digest
                      from forum_example.post
                      where author_id = nullif(current_setting('jwt.claims.person_id', true), '')::integer) d
                where p.id = nullif(current_setting('jwt.claims.person_id', true), '')::integer
                returning p.about""").getSingleResult();
        return digest;
    }
}
