package dev.strata.extension;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** An extension of the forum schema, as a team would write one: every kind of field and type it may declare. */
@GraphQLApi
public class ForumExtras {

    /** The generated {@code Post}, as far as this code needs it. */
    public record Post(int id, String headline, String body) {
    }

    public enum Mood { HAPPY, CURIOUS }

    @Description("A greeting made in Java")
    public record Greeting(@NonNull String text, int length, Mood mood, @Ignore String secret) {
    }

    @Input("GreetingRequest")
    public record GreetingRequest(String name, int times) {
    }

    @Query
    @Description("Says hello")
    public String hello(@Name("name") @DefaultValue("world") String name) {
        return "Hello, " + name;
    }

    @Query
    public Greeting greeting(@NonNull GreetingRequest request) {
        String text = ("Hi " + request.name() + "! ").repeat(request.times()).strip();
        return new Greeting(text, text.length(), Mood.CURIOUS, "not in the schema");
    }

    @Query
    public List<Mood> moods() {
        return List.of(Mood.values());
    }

    @Query
    public Optional<String> nothing() {
        return Optional.empty();
    }

    @Query
    public CompletionStage<Integer> answer() {
        return CompletableFuture.completedFuture(42);
    }

    @Query
    public long beyondInt() {
        return 9_007_199_254_740_993L;
    }

    /** Minutes to read a post at 200 words a minute, at least one. */
    public int readingTime(@Source Post post) {
        int words = post.body() == null ? 0 : post.body().split("\\s+").length;
        return Math.max(1, (words + 199) / 200);
    }

    /** How many times {@link #wordCount} was called: once per request, however many rows. */
    static final java.util.concurrent.atomic.AtomicInteger WORD_COUNT_CALLS = new java.util.concurrent.atomic.AtomicInteger();

    /** The words of each post, computed for all the posts of a request in one call. */
    public List<Integer> wordCount(@Source List<Post> posts) {
        WORD_COUNT_CALLS.incrementAndGet();
        return posts.stream().map(post -> post.body() == null ? 0 : post.body().split("\\s+").length).toList();
    }

    public String shout(@Source Post post, @DefaultValue("1") int times) {
        return (post.headline().toUpperCase() + "!").repeat(times);
    }

    /** Posts chosen in Java (by id, in this order; 999 does not exist): the generated type answers them. */
    @Query
    public List<Post> favouritePosts() {
        return List.of(new Post(3, null, null), new Post(1, null, null), new Post(999, null, null));
    }

    @Query
    public Optional<Post> firstPost() {
        return Optional.of(new Post(1, null, null));
    }

    @Query
    public String checked() throws Exception {
        throw new Exception("a checked failure the client may read");
    }

    @Query
    public String unchecked() {
        throw new IllegalStateException("internal detail the client must not see");
    }

    @Query
    public String refused() throws GraphQLException {
        throw new GraphQLException("refused on purpose");
    }

    @Mutation
    public String echo(@Name("text") String text) {
        return text;
    }
}
