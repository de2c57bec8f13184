package dev.strata.plan;

/**
 * A root field whose response text PostgreSQL cannot write as PostGraphile 4 does: a node id or cursor holds a
 * value (a fraction, an object) whose JSON PostGraphile 4 writes only after parsing it. Such a field is compiled
 * to the JSON that graphql-java completes instead.
 */
public final class NotResponseText extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NotResponseText() {
        super(null, null, false, false);
    }
}
