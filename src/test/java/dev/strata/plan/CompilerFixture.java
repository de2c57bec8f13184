package dev.strata.plan;

import dev.strata.it.TestDatabase;
import dev.strata.it.TypeZoo;
import dev.strata.behavior.BehaviorWarnings;
import dev.strata.behavior.CatalogBehaviors;
import dev.strata.boot.EmbeddedForumDatabase;
import dev.strata.catalog.Catalog;
import dev.strata.catalog.Introspector;
import dev.strata.limits.RequestLimits;
import dev.strata.naming.PostGraphile4Inflector;
import dev.strata.schema.JwtType;
import dev.strata.exec.TestSchemas;
import dev.strata.schema.SchemaBuilder;
import dev.strata.sql.Sql;
import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.SelectedField;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where tests meet the compiler's API: builds the generated GraphQL schema of a PostgreSQL schema on
 * an embedded database, runs GraphQL documents through graphql-java against it with root data fetchers that
 * compile instead of executing, and hands back the SQL of every root field as plain records of this class.
 *
 * <p>When the compiler's constructor, the plan types, {@link Selection} or {@link MutationStatements} change, this
 * class is the only test code to adapt: the snapshot cases are GraphQL documents and the test
 * ({@code SqlSnapshotTest}) sees nothing but {@link CompiledField} and {@link Statement}.
 *
 * <p>The data fetchers do what {@code dev.strata.exec.RootFieldFetcher} does up to running the SQL:
 * {@code SqlCompiler.query(plan, Selection.of(environment))} for reads and {@code SqlCompiler.mutation(...)} for
 * mutations. A
 * mutation whose payload is read back by a second statement has that statement made from placeholder texts for the
 * rows the write would return ({@link #writtenRowText}), as many as the case asks for.
 */
public final class CompilerFixture implements AutoCloseable {

    /**
     * The PostgreSQL schemas a case may be compiled against: the forum example, {@code ddl/test/crud.sql} and the
     * type zoo ({@code ddl/test/types.sql}).
     */
    public static final List<String> SCHEMAS = List.of("forum_example", "crud", TypeZoo.SCHEMA);

    /** One SQL statement with its bind values, in placeholder order. */
    public record Statement(String role, String text, List<Object> values) {
    }

    /**
     * The SQL of one root field (or of a root field inside a mutation payload's {@code query}).
     *
     * @param path       the field's response path, e.g. {@code /createPost/query/allPosts}
     * @param field      {@code Type.fieldName}
     * @param statements in the order they run; empty when the field needs no SQL (it is null)
     * @param noRowError for an update or delete, the field's error when the write finds no row; else null
     */
    public record CompiledField(String path, String field, List<Statement> statements, String noRowError) {
    }

    private record Generated(GraphQL graphQL) {
    }

    private final EmbeddedForumDatabase database;
    private final Map<String, Generated> generated = new LinkedHashMap<>();
    /** The fields compiled by the document being run (one document at a time). */
    private List<CompiledField> captured;
    private int writtenRows;
    private RuntimeException failure;

    private CompilerFixture(EmbeddedForumDatabase database) {
        this.database = database;
    }

    /** A fresh embedded database with the forum example and the test schemas, and their GraphQL schemas. */
    public static CompilerFixture start() throws Exception {
        EmbeddedForumDatabase database = EmbeddedForumDatabase.startFresh();
        CompilerFixture fixture = new CompilerFixture(database);
        try {
            TestDatabase.runScript(database.superuserDataSource(), "ddl/test/crud.sql");
            TypeZoo.loadInto(database.superuserDataSource());
            for (String schema : SCHEMAS) {
                fixture.generated.put(schema, fixture.build(schema));
            }
            return fixture;
        } catch (Exception | Error e) {
            database.close();
            throw e;
        }
    }

    /** As the server builds it (SchemaFactory, with the server's JWT type): PostGraphile 4's defaults, the forum JWT type. */
    private Generated build(String schema) throws Exception {
        try (Connection connection = database.loginRoleDataSource().getConnection()) {
            Catalog catalog = Introspector.introspect(connection, List.of(schema));
            CatalogBehaviors behaviors = new CatalogBehaviors("", new BehaviorWarnings(), catalog, true);
            SqlCompiler[] compiler = new SqlCompiler[1];
            PostGraphile4Inflector inflector = new PostGraphile4Inflector();
            SchemaBuilder.GeneratedSchema built = SchemaBuilder.build(catalog, inflector, behaviors,
                    new PlanFetchers(
                            plan -> capturing(environment -> read(plan, compiler[0], environment)),
                            plan -> capturing(environment -> write(plan, compiler[0], environment))),
                    new JwtType("forum_example.jwt_token", claims -> "signed"), List.of());
            compiler[0] = new SqlCompiler(built.plans(), new SqlValues(catalog, inflector::column, inflector::enumValue),
                    RequestLimits.DEFAULTS.maxSqlLength());
            return new Generated(GraphQL.newGraphQL(TestSchemas.valid(built.schema())).build());
        }
    }

    /**
     * Compiles every root field of a GraphQL document.
     *
     * @param schema      one of {@link #SCHEMAS}
     * @param variables   the request's variables (may be empty)
     * @param writtenRows for a mutation read back by a second statement, how many rows the write is taken to return
     * @throws IllegalArgumentException when the document is not valid against the schema, or a field fails to compile
     */
    public synchronized List<CompiledField> compile(String schema, String document, Map<String, Object> variables,
                                                    int writtenRows) {
        Generated target = generated.get(schema);
        if (target == null) {
            throw new IllegalArgumentException("unknown schema " + schema + "; one of " + SCHEMAS);
        }
        captured = new ArrayList<>();
        this.writtenRows = writtenRows;
        failure = null;
        try {
            ExecutionResult result = target.graphQL().execute(ExecutionInput.newExecutionInput().query(document)
                    .variables(variables).build());
            if (failure != null) {
                throw failure;
            }
            List<String> problems = new ArrayList<>();
            for (GraphQLError error : result.getErrors()) {
                // The capturing fetchers return no data, so non-null fields below them may complain; nothing else.
                if (error.getErrorType() != ErrorType.NullValueInNonNullableField) {
                    problems.add(error.getErrorType() + ": " + error.getMessage());
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("the document does not run: " + problems);
            }
            return List.copyOf(captured);
        } finally {
            captured = null;
        }
    }

    /** The text standing for the {@code n}th (1-based) row a write returned, in a read-back statement's values. */
    public static String writtenRowText(int n) {
        return "<row " + n + " returned by the write>";
    }

    private DataFetcher<Object> capturing(java.util.function.Function<DataFetchingEnvironment, CompiledField> compile) {
        return environment -> {
            try {
                captured.add(compile.apply(environment));
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = new IllegalArgumentException("compiling " + environment.getExecutionStepInfo()
                            .getPath() + " failed: " + e, e);
                }
            }
            return continuation(environment);
        };
    }

    private static String path(DataFetchingEnvironment environment) {
        return environment.getExecutionStepInfo().getPath().toString();
    }

    private static String field(DataFetchingEnvironment environment) {
        return environment.getExecutionStepInfo().getObjectType().getName() + "." + environment.getField().getName();
    }

    private CompiledField write(MutationPlan plan, SqlCompiler compiler, DataFetchingEnvironment environment) {
        String path = path(environment);
        String field = field(environment);
        Optional<MutationStatements> compiled = compiler.mutation(plan, Selection.of(environment));
        if (compiled.isEmpty()) {
            return new CompiledField(path, field, List.of(), null);
        }
        MutationStatements statements = compiled.get();
        List<Statement> list = new ArrayList<>();
        if (statements.writeGivesPayload()) {
            list.add(statement("write, which also gives the payload", statements.write()));
        } else {
            list.add(statement("write, which returns the written rows as text", statements.write()));
            List<String> rows = new ArrayList<>();
            for (int n = 1; n <= writtenRows; n++) {
                rows.add(writtenRowText(n));
            }
            list.add(statement("read-back of the payload from the " + (rows.size() == 1 ? "row"
                    : rows.size() + " rows") + " the write returned (placeholder texts)",
                    statements.readBack().apply(rows)));
        }
        return new CompiledField(path, field, list, statements.noRowMessage());
    }

    private CompiledField read(FieldPlan plan, SqlCompiler compiler, DataFetchingEnvironment environment) {
        String path = path(environment);
        String field = field(environment);
        boolean mutation = environment.getOperationDefinition().getOperation()
                == OperationDefinition.Operation.MUTATION;
        Optional<Sql> statement = compiler.query(plan, Selection.of(environment), false);
        String role = mutation ? "read in the mutation's transaction" : "read";
        return new CompiledField(path, field, statement.map(sql -> List.of(statement(role, sql))).orElse(List.of()),
                null);
    }

    private static Statement statement(String role, Sql sql) {
        return new Statement(role, sql.text(), new ArrayList<>(sql.values()));
    }

    /**
     * What the fetcher hands graphql-java: nothing, except an (empty) object for a field of the root query type and
     * for a payload's {@code query}, so that graphql-java calls the fetchers of the root fields selected inside.
     */
    private static Object continuation(DataFetchingEnvironment environment) {
        String queryType = environment.getGraphQLSchema().getQueryType().getName();
        if (isQueryType(environment.getFieldType(), queryType)) {
            return Map.of();
        }
        Map<String, Object> inner = new LinkedHashMap<>();
        for (SelectedField child : environment.getSelectionSet().getImmediateFields()) {
            if (child.getFieldDefinitions().stream().anyMatch(d -> isQueryType(d.getType(), queryType))) {
                inner.put(child.getResultKey(), Map.of());
            }
        }
        return inner.isEmpty() ? null : inner;
    }

    private static boolean isQueryType(graphql.schema.GraphQLType type, String queryType) {
        return GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLObjectType object
                && object.getName().equals(queryType);
    }

    @Override
    public void close() {
        database.close();
    }
}
