package dev.strata.exec;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Parses and validates each distinct document once: a bounded, least-recently-used cache keyed by its text. */
final class DocumentCache implements PreparsedDocumentProvider {

    private final Map<String, PreparsedDocumentEntry> entries;

    DocumentCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry entry;
        synchronized (entries) {
            entry = entries.get(input.getQuery());
        }
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            synchronized (entries) {
                entries.put(input.getQuery(), entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }
}
