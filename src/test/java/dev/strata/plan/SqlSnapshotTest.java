package dev.strata.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.plan.CompilerFixture.CompiledField;
import dev.strata.plan.CompilerFixture.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * SQL snapshots: every {@code src/test/resources/sql/<group>/<name>.graphql} is compiled against the generated
 * schema, and the SQL of each root field must be exactly what {@code <name>.sql} records, so that a change of the
 * SQL a plan produces shows up in review. The format and the way to rewrite the snapshots
 * ({@code -Dstrata.sql.update=true}) are described in {@code src/test/resources/sql/README.md}.
 *
 * <p>Everything about the compiler's API is in {@link CompilerFixture}; this class only reads cases and compares
 * text.
 */
class SqlSnapshotTest {

    /** Set to {@code true} to write the actual SQL into the snapshot files; a rewritten case still fails. */
    static final String UPDATE_PROPERTY = "strata.sql.update";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*@(\\w+)\\s+(\\S+)\\s*$", Pattern.MULTILINE);
    private static final List<String> CLAUSES = List.of("from ", "where ", "group by ", "order by ", "limit ",
            "offset ", "values ", "set ", "returning ");

    private static CompilerFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = CompilerFixture.start();
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @TestFactory
    Stream<DynamicNode> eachRootFieldCompilesToTheStatementsOfItsSnapshot() throws IOException {
        Path root = snapshotDirectory();
        List<DynamicNode> groups = new ArrayList<>();
        try (Stream<Path> directories = Files.list(root)) {
            for (Path group : directories.filter(Files::isDirectory).sorted().toList()) {
                List<DynamicNode> cases = new ArrayList<>();
                try (Stream<Path> files = Files.list(group)) {
                    for (Path document : files.filter(f -> f.getFileName().toString().endsWith(".graphql"))
                            .sorted().toList()) {
                        String name = group.getFileName() + "/" + baseName(document);
                        cases.add(DynamicTest.dynamicTest(name, document.toUri(), () -> check(name, document)));
                    }
                }
                groups.add(DynamicContainer.dynamicContainer(group.getFileName().toString(), group.toUri(),
                        cases.stream()));
            }
        }
        assertFalse(groups.isEmpty(), "no snapshot groups in " + root);
        return groups.stream();
    }

    private static void check(String name, Path document) throws IOException {
        String graphql = Files.readString(document, StandardCharsets.UTF_8);
        Map<String, String> directives = directives(graphql);
        Path variablesFile = document.resolveSibling(baseName(document) + ".variables.json");
        Map<String, Object> variables = Files.exists(variablesFile)
                ? JSON.readValue(variablesFile.toFile(), new TypeReference<Map<String, Object>>() { })
                : Map.of();
        String schema = directives.getOrDefault("schema", CompilerFixture.SCHEMAS.get(0));
        int writtenRows = Integer.parseInt(directives.getOrDefault("writtenRows", "1"));

        List<CompiledField> fields = fixture.compile(schema, graphql, variables, writtenRows);
        assertFalse(fields.isEmpty(), name + ": the document compiled no root field");
        fields.forEach(field -> field.statements().forEach(statement -> assertEveryValueBound(name, statement)));

        String actual = render(name, schema, fields);
        Path snapshot = document.resolveSibling(baseName(document) + ".sql");
        String expected = Files.exists(snapshot) ? Files.readString(snapshot, StandardCharsets.UTF_8) : null;
        if (actual.equals(expected)) {
            return;
        }
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.writeString(snapshot, actual, StandardCharsets.UTF_8);
            fail(name + ": snapshot " + (expected == null ? "written" : "rewritten") + " (" + snapshot
                    + "); review it with `git diff` and run the test again without -D" + UPDATE_PROPERTY);
        }
        if (expected == null) {
            throw new AssertionFailedError(name + ": no snapshot " + snapshot + "; write it with -D"
                    + UPDATE_PROPERTY + "=true and review it", "", actual);
        }
        throw new AssertionFailedError(name + ": the compiled SQL differs from " + snapshot + "\n"
                + firstDifference(expected, actual) + "\n(rewrite with -D" + UPDATE_PROPERTY
                + "=true after review; see src/test/resources/sql/README.md)", expected, actual);
    }

    /** A value given by the document must reach PostgreSQL as a bind value, never as text of the statement. */
    private static void assertEveryValueBound(String name, Statement statement) {
        assertFalse(statement.text().contains(";"), name + ": more than one statement: " + statement.text());
        assertFalse(statement.text().contains("\n"), name + ": statement text with a line break");
        for (Object value : statement.values()) {
            if (value instanceof String text && text.length() >= 4) {
                assertFalse(statement.text().contains(text),
                        name + ": the value " + text + " is in the statement's text: " + statement.text());
            }
        }
        long placeholders = statement.text().chars().filter(c -> c == '?').count();
        assertTrue(placeholders == statement.values().size(), name + ": " + placeholders + " placeholders, "
                + statement.values().size() + " values: " + statement.text());
    }

    // -- the snapshot format (documented in src/test/resources/sql/README.md) --

    static String render(String name, String schema, List<CompiledField> fields) {
        StringBuilder out = new StringBuilder();
        out.append("-- SQL snapshot of ").append(name).append(".graphql (PostgreSQL schema ").append(schema)
                .append("), written by SqlSnapshotTest.\n");
        out.append("-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -D").append(UPDATE_PROPERTY)
                .append("=true\n");
        for (CompiledField field : fields) {
            out.append("\n-- ").append("=".repeat(76)).append('\n');
            out.append("-- ").append(field.path()).append("  (").append(field.field()).append(")\n");
            if (field.statements().isEmpty()) {
                out.append("-- no statement: the field is null without asking the database\n");
            }
            if (field.noRowError() != null) {
                out.append("-- when the write returns no row, the field's error is:\n--   ")
                        .append(field.noRowError()).append('\n');
            }
            int number = 1;
            for (Statement statement : field.statements()) {
                out.append("\n-- statement ").append(number++).append(" of ").append(field.statements().size())
                        .append(": ").append(statement.role()).append('\n');
                out.append(format(statement.text())).append('\n');
                out.append("-- bind values").append(statement.values().isEmpty() ? ": none" : ":").append('\n');
                for (int i = 0; i < statement.values().size(); i++) {
                    out.append("--   ?").append(i + 1).append(" = ").append(value(statement.values().get(i)))
                            .append('\n');
                }
            }
        }
        return out.toString();
    }

    /** A bind value: a string as a JSON string, anything else with its Java type. */
    private static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            try {
                return JSON.writeValueAsString(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return value + " (" + value.getClass().getSimpleName() + ")";
    }

    /**
     * The statement laid out for reading: a line break (with two spaces of indentation per enclosing subquery)
     * replaces the space before each subquery and before each clause of a subquery ({@code from}, {@code where},
     * {@code order by}, ...). Only spaces are replaced, so joining the lines with single spaces gives the
     * statement back; if it would not, the statement is written as it is, on one line.
     */
    static String format(String sql) {
        StringBuilder out = new StringBuilder();
        Deque<Boolean> parentheses = new ArrayDeque<>();
        int subqueries = 0;
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                out.append(c);
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                boolean subquery = sql.startsWith("select ", i + 1);
                parentheses.push(subquery);
                subqueries += subquery ? 1 : 0;
            } else if (c == ')' && !parentheses.isEmpty()) {
                subqueries -= parentheses.pop() ? 1 : 0;
            } else if (c == ' ') {
                String rest = sql.substring(i + 1);
                boolean inSubquery = parentheses.isEmpty() || parentheses.peek();
                if (rest.startsWith("(select ")) {
                    out.append('\n').append("  ".repeat(subqueries + 1));
                    continue;
                }
                boolean deleteFrom = rest.startsWith("from ") && sql.startsWith("delete", i - "delete".length());
                if (inSubquery && !deleteFrom && CLAUSES.stream().anyMatch(rest::startsWith)) {
                    out.append('\n').append("  ".repeat(subqueries));
                    continue;
                }
            }
            out.append(c);
        }
        String formatted = out.toString();
        return formatted.replaceAll("\n *", " ").equals(sql) ? formatted : sql;
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String left = i < e.length ? e[i] : "<end of file>";
            String right = i < a.length ? a[i] : "<end of file>";
            if (!left.equals(right)) {
                return "first difference at line " + (i + 1) + ":\n- expected: " + left + "\n+ actual:   " + right;
            }
        }
        return "no line differs";
    }

    private static Map<String, String> directives(String graphql) {
        Map<String, String> directives = new java.util.HashMap<>();
        Matcher matcher = DIRECTIVE.matcher(graphql);
        while (matcher.find()) {
            directives.put(matcher.group(1), matcher.group(2));
        }
        return directives;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".graphql".length());
    }

    /** The snapshots in the source tree (not the copies on the class path), so that an update writes there. */
    private static Path snapshotDirectory() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "src", "test", "resources",
                "sql");
    }
}
