package dev.strata.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.sql.Sql;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@link Catalog} of the given schemas with one query over {@code pg_catalog}. */
public final class Introspector {

    private static final String QUERY = load("introspection.sql");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Introspector() {
    }

    public static Catalog introspect(Connection connection, List<String> schemas) throws SQLException {
        return introspect(connection, schemas, CatalogOptions.DEFAULTS);
    }

    public static Catalog introspect(Connection connection, List<String> schemas, CatalogOptions options)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setArray(1, connection.createArrayOf("text", schemas.toArray()));
            statement.setBoolean(2, options.usePartitionedParent());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return EnumTables.apply(read(JSON.readTree(rows.getString(1)), schemas),
                        (table, columns) -> labels(connection, table, columns));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An enum table's rows, in the order PostgreSQL gives them (as PostGraphile 4 reads them: no ordering). */
    private static List<Map<String, String>> labels(Connection connection, PgClass table, List<PgAttribute> columns)
            throws SQLException {
        Sql query = Sql.of("select {} from {}", Sql.join(", ", columns.stream()
                .map(column -> Sql.identifier(column.name())).toList()), Sql.identifier(table.schema(), table.name()));
        // a failed read must not abort the transaction the rest of the introspection may run in
        Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
        try (PreparedStatement statement = connection.prepareStatement(query.text());
             ResultSet rows = statement.executeQuery()) {
            List<Map<String, String>> labels = new ArrayList<>();
            while (rows.next()) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i).name(), rows.getString(i + 1));
                }
                labels.add(row);
            }
            if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
            }
            return labels;
        } catch (SQLException e) {
            if (savepoint != null) {
                connection.rollback(savepoint);
            }
            throw e;
        }
    }

    static Catalog read(JsonNode root, List<String> schemas) {
        List<PgClass> classes = new ArrayList<>();
        root.get("classes").forEach(node -> classes.add(readClass(node)));
        List<PgProc> procs = new ArrayList<>();
        root.get("procs").forEach(node -> procs.add(readProc(node)));
        Map<Long, PgType> types = new HashMap<>();
        root.get("types").forEach(node -> {
            PgType type = readType(node);
            types.put(type.oid(), type);
        });
        SmartConstraints.Result declared = SmartConstraints.apply(classes);
        return new Catalog(declared.classes(), procs, types, declared.warnings(), schemas);
    }

    private static PgClass readClass(JsonNode node) {
        List<PgAttribute> attributes = new ArrayList<>();
        node.get("attributes").forEach(a -> {
            Documentation doc = doc(a);
            // @notNull: views do not carry NOT NULL, so their columns say it with a smart tag.
            attributes.add(new PgAttribute(a.get("name").asText(), a.get("num").asInt(), a.get("typeOid").asLong(),
                    a.get("typmod").asInt(), a.get("notNull").asBoolean() || doc.has("notNull"),
                    a.get("hasDefault").asBoolean(), a.get("generated").asBoolean(), doc,
                    privileges(a, a.get("select").asBoolean())));
        });
        List<PgConstraint> constraints = new ArrayList<>();
        node.get("constraints").forEach(k -> constraints.add(new PgConstraint(k.get("name").asText(),
                k.get("type").asText().charAt(0), texts(k.get("columns")), k.get("foreignClassOid").asLong(),
                texts(k.get("foreignColumns")), doc(k))));
        return new PgClass(node.get("oid").asLong(), node.get("schema").asText(), node.get("name").asText(),
                node.get("kind").asText().charAt(0), node.get("typeOid").asLong(), attributes, constraints,
                doc(node), new Privileges(node.get("select").asBoolean(), node.get("insert").asBoolean(),
                node.get("update").asBoolean(), node.get("delete").asBoolean()), supports(node.get("supports").asInt()));
    }

    /** What {@code pg_relation_is_updatable} allows: its bits 8 (insert), 4 (update) and 16 (delete). */
    private static Privileges supports(int events) {
        return new Privileges(true, (events & 8) != 0, (events & 4) != 0, (events & 16) != 0);
    }

    private static Privileges privileges(JsonNode node, boolean select) {
        return new Privileges(select, node.get("insert").asBoolean(), node.get("update").asBoolean(), false);
    }

    private static PgProc readProc(JsonNode node) {
        List<Long> argTypes = new ArrayList<>();
        node.get("argTypes").forEach(t -> argTypes.add(t.asLong()));
        List<String> modes = node.get("argModes").isNull() ? null : texts(node.get("argModes"));
        List<String> names = node.get("argNames").isNull() ? List.of() : texts(node.get("argNames"));
        List<Long> inputTypes = new ArrayList<>();
        List<String> inputNames = new ArrayList<>();
        List<PgArgument> outputs = new ArrayList<>();
        for (int i = 0; i < argTypes.size(); i++) {
            String mode = modes == null ? "i" : modes.get(i);
            String name = i < names.size() ? names.get(i) : "";
            if (mode.equals("i") || mode.equals("b") || mode.equals("v")) {
                inputTypes.add(argTypes.get(i));
                inputNames.add(name);
            }
            if (mode.equals("o") || mode.equals("b") || mode.equals("t")) {
                outputs.add(new PgArgument(name, argTypes.get(i), false));
            }
        }
        int defaults = node.get("defaults").asInt();
        List<PgArgument> arguments = new ArrayList<>();
        for (int i = 0; i < inputTypes.size(); i++) {
            arguments.add(new PgArgument(inputNames.get(i), inputTypes.get(i), i >= inputTypes.size() - defaults));
        }
        return new PgProc(node.get("oid").asLong(), node.get("schema").asText(), node.get("name").asText(),
                arguments, outputs, node.get("returnTypeOid").asLong(), node.get("returnsSet").asBoolean(),
                node.get("volatility").asText().charAt(0), node.get("strict").asBoolean(), doc(node),
                node.get("execute").asBoolean());
    }

    private static PgType readType(JsonNode node) {
        return new PgType(node.get("oid").asLong(), node.get("schema").asText(), node.get("name").asText(),
                node.get("kind").asText().charAt(0), node.get("category").asText().charAt(0),
                node.get("elementOid").asLong(), node.get("baseOid").asLong(),
                node.get("rangeSubtypeOid").asLong(), texts(node.get("enumValues")), doc(node));
    }

    private static Documentation doc(JsonNode node) {
        JsonNode comment = node.get("comment");
        return comment == null || comment.isNull() ? Documentation.NONE : Documentation.parse(comment.asText());
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && !array.isNull()) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    private static String load(String resource) {
        try (InputStream in = Introspector.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
