package dev.strata.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.schema.UnexpectedFailure;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.List;
import java.util.Map;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class FieldFailureHandlerTest {

    @Test
    void fieldThatThrowsIsLoggedOnceAndAnsweredWithTheCorrelationIdOnly() {
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
                new SchemaParser().parse("type Query { broken: Int ok: Int }"),
                RuntimeWiring.newRuntimeWiring().type("Query", type -> type
                        .dataFetcher("broken", environment -> {
                            throw new IllegalStateException("select secret from graphql.language.Field");
                        })
                        .dataFetcher("ok", environment -> 1)).build());
        GraphQL graphQL = GraphQL.newGraphQL(schema).defaultDataFetcherExceptionHandler(new FieldFailureHandler())
                .build();
        ExecutionResult result;
        List<LogRecord> logged;
        try (CapturedLog log = new CapturedLog(UnexpectedFailure.class.getName())) {
            result = graphQL.execute("{ broken ok }");
            logged = log.records();
        }
        Map<String, Object> error = result.getErrors().get(0).toSpecification();
        assertEquals("An unexpected error occurred.", error.get("message"));
        assertEquals(List.of("broken"), error.get("path"));
        String id = (String) ((Map<?, ?>) error.get("extensions")).get("correlationId");
        assertFalse(result.toSpecification().toString().contains("secret"), result::toString);
        assertEquals(1, ((Map<?, ?>) result.getData()).get("ok"));
        assertEquals(1, logged.size());
        assertTrue(logged.get(0).getMessage().endsWith("failed, correlation id " + id), logged.get(0).getMessage());
        assertEquals("select secret from graphql.language.Field", logged.get(0).getThrown().getMessage());
    }
}
