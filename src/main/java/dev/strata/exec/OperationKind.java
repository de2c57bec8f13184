package dev.strata.exec;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.List;

/** Which kind of operation a request would run, read from its document without running it. */
public final class OperationKind {

    private OperationKind() {
    }

    /**
     * Whether the operation the request selects (by name, or the only one) is a mutation; false when the document
     * cannot be parsed or selects no operation, which execution then reports.
     */
    public static boolean isMutation(String query, String operationName) {
        if (query == null || query.isBlank()) {
            return false;
        }
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return false;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(operation -> operationName == null || operationName.equals(operation.getName()))
                .toList();
        return operations.size() == 1
                && operations.get(0).getOperation() == OperationDefinition.Operation.MUTATION;
    }
}
