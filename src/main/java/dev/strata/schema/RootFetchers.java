package dev.strata.schema;

import dev.strata.plan.FieldPlan;
import dev.strata.plan.MutationPlan;
import dev.strata.plan.KeyedRows;
import graphql.schema.DataFetcher;
import java.util.List;

/** Makes the data fetchers of root fields: from their plans (compiled to SQL), or around Java code. */
public interface RootFetchers {

    DataFetcher<?> query(FieldPlan plan);

    DataFetcher<?> mutation(MutationPlan plan);

    /**
     * A root field resolved by Java code, run in the request's transaction (with its role and claims applied):
     * read-only for a query field, in its own savepoint for a mutation field.
     */
    DataFetcher<?> java(DataFetcher<?> resolver, boolean mutation);

    /**
     * A root field whose Java code answers rows of a generated type (one or a list of objects holding at least
     * their primary key fields, named {@code keyFields}): the code runs as {@link #java}, then one statement reads
     * the field's selection of those rows by their keys.
     */
    DataFetcher<?> javaRows(DataFetcher<?> resolver, KeyedRows rows, List<String> keyFields, boolean mutation);
}
