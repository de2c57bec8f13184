package dev.strata.exec;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a GET request would run: mutations are refused over GET before anything executes. */
class OperationKindTest {

    @Test
    void recognizesTheOnlyOperationAsAMutation() {
        assertTrue(OperationKind.isMutation("mutation { createPost(input: {}) { clientMutationId } }", null));
        assertFalse(OperationKind.isMutation("{ allPosts { totalCount } }", null));
        assertFalse(OperationKind.isMutation("query Q { allPosts { totalCount } }", null));
    }

    @Test
    void choosesTheNamedOperation() {
        String document = "query Read { allPosts { totalCount } } mutation Write { a(input: {}) { b } }";
        assertTrue(OperationKind.isMutation(document, "Write"));
        assertFalse(OperationKind.isMutation(document, "Read"));
        assertFalse(OperationKind.isMutation(document, null), "ambiguous: left to execution to report");
    }

    @Test
    void leavesDocumentsItCannotReadToExecution() {
        assertFalse(OperationKind.isMutation("mutation {", null));
        assertFalse(OperationKind.isMutation(null, null));
        assertFalse(OperationKind.isMutation("mutation M { a }", "Other"));
    }
}
