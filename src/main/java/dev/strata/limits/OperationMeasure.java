package dev.strata.limits;

import graphql.execution.AbortExecutionException;
import graphql.execution.CoercedVariables;
import graphql.execution.MergedField;
import graphql.language.Document;
import graphql.language.SourceLocation;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.Optional;

/**
 * Measures one operation against the {@link RequestLimits} on its normalized fields: fragments expanded and
 * fields of the same response key merged, as they execute and compile. graphql-java's normalizer stops at
 * {@code maxFields} fields and one level below {@code maxDepth} (so that the refusal of a query just too deep can
 * still name the field), so a document that fans out enormously costs no more than that to refuse. Used once per
 * request; not thread-safe.
 */
final class OperationMeasure {

    private static final String FIRST = "first";
    private static final String LAST = "last";

    private final RequestLimits limits;
    private ExecutableNormalizedOperation operation;
    private GraphQLSchema schema;
    private int aliases;
    private long cost;

    OperationMeasure(RequestLimits limits) {
        this.limits = limits;
    }

    Optional<ValidationError> refusal(GraphQLSchema schema, Document document, String operationName,
                                      CoercedVariables variables) {
        this.schema = schema;
        try {
            operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(schema, document,
                    operationName, variables, ExecutableNormalizedOperationFactory.Options.defaultOptions()
                            .maxFieldsCount(limits.maxFields()).maxChildrenDepth(limits.maxDepth() + 1));
        } catch (AbortExecutionException e) {
            return Optional.of(e.getMessage() != null && e.getMessage().contains("depth") ? tooDeep(null)
                    : LimitExceeded.MAX_FIELDS_EXCEEDED.error(tooManyFields(), null));
        }
        if (operation.getOperationFieldCount() > limits.maxFields()) {
            return Optional.of(LimitExceeded.MAX_FIELDS_EXCEEDED.error(tooManyFields(), null));
        }
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            Optional<ValidationError> refusal = measure(field, 1);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /** Measures a field and, depth first, its children; {@code multiplier}: rows its parent may give. */
    private Optional<ValidationError> measure(ExecutableNormalizedField field, long multiplier) {
        SourceLocation location = location(field);
        if (!limits.introspection() && (field.getName().equals("__schema") || field.getName().equals("__type"))) {
            return Optional.of(LimitExceeded.INTROSPECTION_DISABLED.error("Introspection is disabled on this server.",
                    location));
        }
        if (field.getLevel() > limits.maxDepth()) {
            return Optional.of(tooDeep(location));
        }
        if (field.getAlias() != null && ++aliases > limits.maxAliases()) {
            return Optional.of(LimitExceeded.MAX_ALIASES_EXCEEDED.error("The query uses more than the maximum of "
                    + limits.maxAliases() + " aliases.", location));
        }
        Optional<Long> pageSize = pageSize(field);
        if (pageSize.isPresent() && pageSize.get() > limits.maxPageSize()) {
            return Optional.of(LimitExceeded.MAX_PAGE_SIZE_EXCEEDED.error("`first` and `last` may be at most "
                    + limits.maxPageSize() + ".", location));
        }
        cost = saturatedAdd(cost, multiplier);
        long rows = pageSize.map(size -> saturatedMultiply(multiplier, Math.max(size, 1))).orElse(multiplier);
        if (cost > limits.maxCost() || rows > limits.maxCost()) {
            return Optional.of(LimitExceeded.MAX_COST_EXCEEDED.error("The query may read more than the maximum cost"
                    + " of " + limits.maxCost() + " values; ask for smaller pages (first/last) or fewer nested"
                    + " collections.", location));
        }
        for (ExecutableNormalizedField child : field.getChildren()) {
            Optional<ValidationError> refusal = measure(child, rows);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /** A collection's page size: its {@code first} or {@code last}, or the cap when it takes one but has none. */
    private Optional<Long> pageSize(ExecutableNormalizedField field) {
        List<GraphQLFieldDefinition> definitions = field.getFieldDefinitions(schema);
        boolean paged = definitions.stream().anyMatch(definition -> definition.getArgument(FIRST) != null
                || definition.getArgument(LAST) != null);
        if (!paged) {
            return Optional.empty();
        }
        Object first = field.getResolvedArguments().get(FIRST);
        Object given = first != null ? first : field.getResolvedArguments().get(LAST);
        return Optional.of(given instanceof Number number ? number.longValue() : (long) limits.maxPageSize());
    }

    private SourceLocation location(ExecutableNormalizedField field) {
        MergedField merged = operation.getMergedField(field);
        return merged == null ? null : merged.getSingleField().getSourceLocation();
    }

    private ValidationError tooDeep(SourceLocation location) {
        return LimitExceeded.MAX_DEPTH_EXCEEDED.error("The query is nested deeper than the maximum depth of "
                + limits.maxDepth() + ".", location);
    }

    private String tooManyFields() {
        return "The query selects more than the maximum of " + limits.maxFields() + " fields.";
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatedMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long product = a * b;
        return high != 0 || product < 0 ? Long.MAX_VALUE : product;
    }
}
