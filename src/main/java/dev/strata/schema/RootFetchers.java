package dev.strata.schema;

import dev.strata.plan.FieldPlan;
import dev.strata.plan.MutationPlan;
import graphql.schema.DataFetcher;

/** Makes the data fetchers of root fields from their plans: the fetcher compiles the field's selection and runs it. */
public interface RootFetchers {

    DataFetcher<?> query(FieldPlan plan);

    DataFetcher<?> mutation(MutationPlan plan);
}
