package dev.strata.exec;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Parses and validates each distinct document once: a bounded, least-recently-used cache keyed by its text. */
final class DocumentCache implements PreparsedDocumentProvider {

    private final BoundedCache<String, PreparsedDocumentEntry> entries;

    DocumentCache(int capacity) {
        this.entries = new BoundedCache<>(capacity);
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry entry = entries.get(input.getQuery());
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            entries.put(input.getQuery(), entry);
        }
        return CompletableFuture.completedFuture(entry);
    }
}
