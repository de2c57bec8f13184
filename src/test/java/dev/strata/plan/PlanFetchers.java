package dev.strata.plan;

import dev.strata.schema.RootFetchers;
import graphql.schema.DataFetcher;
import java.util.List;
import java.util.function.Function;

/**
 * Root fetchers for compiler tests: the test decides what the fetchers of compiled fields do (capture their SQL,
 * remember their plans); fields of Java extensions run their resolver as it is, without a transaction.
 */
record PlanFetchers(Function<FieldPlan, DataFetcher<?>> queries, Function<MutationPlan, DataFetcher<?>> mutations)
        implements RootFetchers {

    @Override
    public DataFetcher<?> query(FieldPlan plan) {
        return queries.apply(plan);
    }

    @Override
    public DataFetcher<?> mutation(MutationPlan plan) {
        return mutations.apply(plan);
    }

    @Override
    public DataFetcher<?> java(DataFetcher<?> resolver, boolean mutation) {
        return resolver;
    }

    @Override
    public DataFetcher<?> javaRows(DataFetcher<?> resolver, KeyedRows rows, List<String> keyFields, boolean mutation) {
        return resolver;
    }
}
