package dev.strata.exec;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.SourceLocation;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites graphql-java's messages about wrong argument values and variables — which print AST nodes
 * ({@code StringValue{value='x'}}) and Java types ({@code LinkedHashMap}) — into graphql-js's words, as PostGraphile
 * 4 answers them ({@code Int cannot represent non-integer value: "x"}), and drops the
 * {@code Validation error (Rule@[path]) : } prefix of every validation message. Locations, paths, extensions and
 * the kind of error (a validation error stays one: HTTP 400) are kept. Only results with such errors are touched.
 */
final class GraphQLJsMessages extends SimplePerformantInstrumentation {

    private static final Pattern PREFIX = Pattern.compile("^Validation error \\([^)]*\\) ?: ", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARGUMENT = Pattern.compile("^argument '([^']*)' with value '.*' (is not a valid '([^']+)'"
            + "(?: - (.*))?|must be an object type|contains a field not in '([^']+)': '([^']*)'"
            + "|is missing required fields '\\[(.*)\\]'|must not be null)$", Pattern.DOTALL);
    private static final Pattern VARIABLE = Pattern.compile("^Variable '([^']*)' has an invalid value: (.*)$",
            Pattern.DOTALL);
    private static final Pattern NOT_CONVERTIBLE =
            Pattern.compile("^Expected a value that can be converted to type '(\\w+)' but it was a '\\w+'$");
    private static final Pattern UNEXPECTED_INPUT =
            Pattern.compile("^Expected an? (String|Number|Boolean) input, but it was an? '\\w+'$");
    private static final Pattern INTEGER_RANGE = Pattern.compile("^Expected value to be in the integer range.*",
            Pattern.DOTALL);
    private static final Pattern ENUM_VALUE = Pattern.compile(
            "^Invalid input for enum '(\\w+)'\\. (?:No value found for name|Unknown value) '(.*)'$", Pattern.DOTALL);
    private static final Pattern NULL_VARIABLE = Pattern.compile(
            "^Variable '\\w+' has coerced Null value for NonNull type '([^']+)'$");
    private static final Pattern NOT_MAP = Pattern.compile("^Expected type 'Map' but was '\\w+'.*", Pattern.DOTALL);
    private static final Pattern EXTRA_FIELD = Pattern.compile(
            "^The variables input contains a field name '([^']*)' that is not defined for input object type "
                    + "'(\\w+)' ?$");

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().stream().noneMatch(GraphQLJsMessages::rewritten)) {
            return CompletableFuture.completedFuture(result);
        }
        Optional<Document> document = parse(parameters.getQuery());
        List<GraphQLError> errors = new ArrayList<>();
        for (GraphQLError error : result.getErrors()) {
            errors.add(rewritten(error) ? rewrite(error, document, parameters.getVariables()) : error);
        }
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    private static boolean rewritten(GraphQLError error) {
        return error instanceof ValidationError || EXTRA_FIELD.matcher(error.getMessage()).matches()
                || VARIABLE.matcher(error.getMessage()).matches();
    }

    private static Optional<Document> parse(String query) {
        try {
            return Optional.of(Parser.parse(query));
        } catch (RuntimeException e) {
            return Optional.empty(); // it validated, so it parses; only parser limits could refuse it here
        }
    }

    private static GraphQLError rewrite(GraphQLError error, Optional<Document> document,
                                        Map<String, Object> variables) {
        if (error instanceof ValidationError validation) {
            String message = PREFIX.matcher(validation.getDescription() == null ? validation.getMessage()
                    : validation.getDescription()).replaceFirst("");
            Matcher argument = ARGUMENT.matcher(message);
            if (argument.matches()) {
                message = argumentMessage(argument, document.flatMap(d -> valueAt(d, location(error),
                        argument.group(1))).map(AstPrinter::printAst).orElse(null));
            }
            return ValidationError.newValidationError().validationErrorType(validation.getValidationErrorType())
                    .description(message).sourceLocations(validation.getLocations())
                    .queryPath(validation.getQueryPath()).extensions(validation.getExtensions()).build();
        }
        return GraphqlErrorBuilder.newError().message(variableMessage(error.getMessage(), document, variables))
                .locations(error.getLocations()).path(error.getPath()).extensions(error.getExtensions())
                .errorType(error.getErrorType()).build();
    }

    private static String argumentMessage(Matcher argument, String value) {
        String found = value == null ? "" : ": " + value;
        if (argument.group(5) != null) {
            return "Field \"" + argument.group(6) + "\" is not defined by type \"" + argument.group(5) + "\".";
        }
        if (argument.group(7) != null) {
            return "Field \"" + argument.group(7).replace(", ", "\", \"") + "\" is required, but it was not provided.";
        }
        String type = argument.group(3);
        if (type == null) {
            return argument.group(2).startsWith("must not") ? "Expected a non-null value, found null."
                    : "Expected an input object value, found" + (value == null ? "" : " " + value) + ".";
        }
        String detail = argument.group(4) == null ? "" : argument.group(4);
        if (detail.startsWith("Expected an AST type")) {
            return notRepresentable(type) + found + (notRepresentable(type).startsWith("Enum") ? "." : "");
        }
        if (INTEGER_RANGE.matcher(detail).matches()) {
            return "Int cannot represent non 32-bit signed integer value" + found;
        }
        if (detail.startsWith("Literal value not in allowable values")) {
            return "Value \"" + (value == null ? "" : value) + "\" does not exist in \"" + type + "\" enum.";
        }
        return "Expected value of type \"" + type + "\", found " + (value == null ? "this value" : value)
                + (detail.isEmpty() ? "." : "; " + detail);
    }

    /** graphql-js's words for a value a built-in scalar (or an enum) cannot represent. */
    private static String notRepresentable(String type) {
        return switch (type) {
            case "Int" -> "Int cannot represent non-integer value";
            case "Float" -> "Float cannot represent non numeric value";
            case "String" -> "String cannot represent a non string value";
            case "Boolean" -> "Boolean cannot represent a non boolean value";
            case "ID" -> "ID cannot represent a non-string and non-integer value";
            default -> "Enum \"" + type + "\" cannot represent non-enum value";
        };
    }

    private static String variableMessage(String message, Optional<Document> document,
                                          Map<String, Object> variables) {
        Matcher extra = EXTRA_FIELD.matcher(message);
        if (extra.matches()) {
            return "Field \"" + extra.group(1) + "\" is not defined by type \"" + extra.group(2) + "\".";
        }
        Matcher variable = VARIABLE.matcher(message);
        if (!variable.matches()) {
            return message;
        }
        String name = variable.group(1);
        String detail = variable.group(2);
        Matcher nullValue = NULL_VARIABLE.matcher(detail);
        if (nullValue.matches()) {
            return "Variable \"$" + name + "\" of non-null type \"" + nullValue.group(1) + "\" must not be null.";
        }
        Object given = variables.get(name);
        String value = inspect(given);
        String reason;
        Matcher convertible = NOT_CONVERTIBLE.matcher(detail);
        Matcher enumValue = ENUM_VALUE.matcher(detail);
        Matcher input = UNEXPECTED_INPUT.matcher(detail);
        if (convertible.matches() && convertible.group(1).equals("ID")) {
            return "Variable \"$" + name + "\" got invalid value " + value + "; ID cannot represent value: " + value;
        } else if (convertible.matches()) {
            reason = notRepresentable(convertible.group(1));
        } else if (input.matches()) {
            reason = notRepresentable(input.group(1).equals("Number") ? "Float" : input.group(1));
        } else if (INTEGER_RANGE.matcher(detail).matches()) {
            reason = "Int cannot represent non 32-bit signed integer value";
        } else if (enumValue.matches()) {
            return "Variable \"$" + name + "\" got invalid value " + value + "; Value \"" + enumValue.group(2)
                    + "\" does not exist in \"" + enumValue.group(1) + "\" enum.";
        } else if (NOT_MAP.matcher(detail).matches()) {
            return "Variable \"$" + name + "\" got invalid value " + value + "; Expected type \""
                    + document.flatMap(d -> variableType(d, name)).orElse("input object") + "\" to be an object.";
        } else {
            return "Variable \"$" + name + "\" got invalid value " + value + "; " + detail;
        }
        boolean scalar = !(given instanceof Map || given instanceof List);
        return "Variable \"$" + name + "\" got invalid value " + value + "; " + reason + (scalar ? ": " + value : ".");
    }

    /** A variable's value as graphql-js's {@code inspect} prints it: {@code "x"}, {@code { a: 1 }}, {@code [1, 2]}. */
    private static String inspect(Object value) {
        if (value instanceof String text) {
            return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e21) {
            return new java.math.BigDecimal(number).toPlainString();
        }
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return "{}";
            }
            StringBuilder out = new StringBuilder("{ ");
            map.forEach((key, field) -> out.append(out.length() > 2 ? ", " : "").append(key).append(": ")
                    .append(inspect(field)));
            return out.append(" }").toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(item -> out.append(out.length() > 1 ? ", " : "").append(inspect(item)));
            return out.append("]").toString();
        }
        return String.valueOf(value);
    }

    private static SourceLocation location(GraphQLError error) {
        return error.getLocations() == null || error.getLocations().isEmpty() ? null : error.getLocations().get(0);
    }

    /** The value at {@code path} ({@code condition.authorId}, {@code orderBy[1]}) of the argument at the location. */
    private static Optional<Value<?>> valueAt(Document document, SourceLocation location, String path) {
        if (location == null) {
            return Optional.empty();
        }
        List<Argument> found = new ArrayList<>();
        find(document, node -> node instanceof Argument argument && location.equals(argument.getSourceLocation())
                ? found.add(argument) : false);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Value<?> value = found.get(0).getValue();
        String[] steps = path.split("\\.|(?=\\[)");
        for (int i = 1; i < steps.length && value != null; i++) {
            String step = steps[i];
            if (step.startsWith("[") && value instanceof ArrayValue array) {
                int index = Integer.parseInt(step.substring(1, step.length() - 1));
                value = index < array.getValues().size() ? array.getValues().get(index) : null;
            } else if (value instanceof ObjectValue object) {
                value = object.getObjectFields().stream().filter(field -> field.getName().equals(step))
                        .map(ObjectField::getValue).findFirst().orElse(null);
            } else {
                value = null;
            }
        }
        return Optional.ofNullable(value);
    }

    private static Optional<String> variableType(Document document, String name) {
        List<VariableDefinition> found = new ArrayList<>();
        find(document, node -> node instanceof VariableDefinition definition && definition.getName().equals(name)
                ? found.add(definition) : false);
        return found.stream().findFirst().map(definition -> AstPrinter.printAst(definition.getType())
                .replace("!", ""));
    }

    private static void find(Document document, java.util.function.Predicate<Node<?>> collect) {
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            protected TraversalControl visitNode(Node node, TraverserContext<Node> context) {
                collect.test(node);
                return TraversalControl.CONTINUE;
            }
        }, document);
    }
}
