package dev.strata.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import graphql.InvalidSyntaxError;
import graphql.language.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResponseFormatTest {

    private static final ExecutionResult SYNTAX_ERROR = ExecutionResultImpl.newExecutionResult()
            .addError(new InvalidSyntaxError(new SourceLocation(1, 2), "Invalid syntax")).build();
    private static final ExecutionResult FIELD_ERROR = ExecutionResultImpl.newExecutionResult()
            .data(Map.of("x", Map.of()))
            .addError(GraphqlErrorBuilder.newError().message("boom").path(List.of("x")).build()).build();
    private static final ExecutionResult COERCION_ERROR = ExecutionResultImpl.newExecutionResult()
            .addError(GraphqlErrorBuilder.newError().message("Variable 'id' has an invalid value").build()).build();

    @Test
    void withoutAcceptHeaderAnswersApplicationJson() {
        assertEquals(Optional.of(ResponseFormat.JSON), ResponseFormat.negotiate(null));
        assertEquals(Optional.of(ResponseFormat.JSON), ResponseFormat.negotiate(""));
    }

    @Test
    void wildcardsAnswerApplicationJson() {
        assertEquals(Optional.of(ResponseFormat.JSON), ResponseFormat.negotiate("*/*"));
        assertEquals(Optional.of(ResponseFormat.JSON), ResponseFormat.negotiate("application/*"));
    }

    @Test
    void graphqlResponseJsonIsAnsweredWhenNamed() {
        assertEquals(Optional.of(ResponseFormat.GRAPHQL_RESPONSE_JSON),
                ResponseFormat.negotiate("application/graphql-response+json"));
        assertEquals(Optional.of(ResponseFormat.GRAPHQL_RESPONSE_JSON),
                ResponseFormat.negotiate("application/graphql-response+json, */*;q=0.5"));
        assertEquals(Optional.of(ResponseFormat.GRAPHQL_RESPONSE_JSON),
                ResponseFormat.negotiate("application/json;q=0.9, application/graphql-response+json"));
    }

    @Test
    void onEqualQualityTheFirstNamedWins() {
        assertEquals(Optional.of(ResponseFormat.JSON),
                ResponseFormat.negotiate("application/json, application/graphql-response+json"));
    }

    @Test
    void neitherAcceptableIsEmptyIncludingQualityZero() {
        assertEquals(Optional.empty(), ResponseFormat.negotiate("text/html"));
        assertEquals(Optional.empty(), ResponseFormat.negotiate("application/json;q=0, text/plain"));
    }

    @Test
    void graphqlResponseJsonIs400WithoutDataAnd200WithData() {
        assertEquals(400, ResponseFormat.GRAPHQL_RESPONSE_JSON.status(SYNTAX_ERROR, JsonStatus.POSTGRAPHILE));
        assertEquals(400, ResponseFormat.GRAPHQL_RESPONSE_JSON.status(COERCION_ERROR, JsonStatus.POSTGRAPHILE));
        assertEquals(200, ResponseFormat.GRAPHQL_RESPONSE_JSON.status(FIELD_ERROR, JsonStatus.POSTGRAPHILE));
    }

    @Test
    void applicationJsonKeepsPostGraphile4sStatusesUnlessSetToTheSpec() {
        assertEquals(400, ResponseFormat.JSON.status(SYNTAX_ERROR, JsonStatus.POSTGRAPHILE));
        assertEquals(200, ResponseFormat.JSON.status(SYNTAX_ERROR, JsonStatus.of("spec")));
        assertEquals(200, ResponseFormat.JSON.status(FIELD_ERROR, JsonStatus.of("postgraphile")));
    }

    @Test
    void answersAreUtf8() {
        assertEquals("application/graphql-response+json; charset=utf-8",
                ResponseFormat.GRAPHQL_RESPONSE_JSON.contentType());
    }
}
