package dev.strata.schema;

import dev.strata.plan.FieldPlan;
import dev.strata.plan.MutationPlan;
import graphql.schema.DataFetcher;

/** Makes the data fetchers of root fields: from their plans (compiled to SQL), or around Java code. */
public interface RootFetchers {

    DataFetcher<?> query(FieldPlan plan);

    DataFetcher<?> mutation(MutationPlan plan);

    /**
     * A root field resolved by Java code, run in the request's transaction (with its role and claims applied):
     * read-only for a query field, in its own savepoint for a mutation field.
     */
    DataFetcher<?> java(DataFetcher<?> resolver, boolean mutation);
}
