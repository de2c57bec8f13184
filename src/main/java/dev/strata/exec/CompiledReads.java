package dev.strata.exec;

import dev.strata.sql.Sql;

/**
 * The compiled statements of requests answered by one spliced read, by (document, operation, variables): a query
 * whose one root field compiled to one statement that ran alone ({@link RequestTransaction#readAlone}) and whose
 * JSON went into the response as PostgreSQL wrote it ({@link Splicing}), without errors. The same request again
 * gives the same statement (its arguments come from the document and the variables alone; the identity only
 * changes the settings it runs under), so it is answered by that statement: no parsing, validation, limits,
 * selection building or compilation. Bounded, least recently used first out; one per built schema.
 */
final class CompiledReads {

    /** The one root field's response key and its statement. */
    record Read(String resultKey, Sql statement) {
    }

    /** What a request's root field did, told by its fetcher while graphql-java runs the request. */
    static final class Recorder {
        private Read read;

        /** The request's only root field was answered by this statement, read alone and spliced. */
        void splicedAlone(String resultKey, Sql statement) {
            read = new Read(resultKey, statement);
        }
    }

    private final BoundedCache<GraphQLRequest, Read> reads;

    CompiledReads(int capacity) {
        this.reads = new BoundedCache<>(capacity);
    }

    /** The read that answers the request, or null when it is not known to be one. */
    Read get(GraphQLRequest request) {
        return reads.get(request);
    }

    /** Keeps the read a request was answered with, when it was answered by one spliced read without errors. */
    void remember(GraphQLRequest request, Recorder recorder, boolean withoutErrors) {
        if (withoutErrors && recorder.read != null) {
            reads.put(request, recorder.read);
        }
    }
}
