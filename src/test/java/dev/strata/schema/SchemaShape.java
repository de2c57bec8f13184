package dev.strata.schema;

import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The shape of a schema without its descriptions and order: one line per type, field, argument, enum value and
 * input field, sorted, so that two SDL texts can be compared for what a client can query.
 */
final class SchemaShape {

    private SchemaShape() {
    }

    /** What a client of {@code expected} misses in {@code actual} and finds in addition, one line each; empty if none. */
    static String differences(String expected, String actual) {
        List<String> expectedLines = of(expected);
        List<String> actualLines = of(actual);
        List<String> lines = new ArrayList<>();
        expectedLines.stream().filter(line -> !actualLines.contains(line)).forEach(line -> lines.add("missing: " + line));
        actualLines.stream().filter(line -> !expectedLines.contains(line)).forEach(line -> lines.add("extra: " + line));
        return String.join("\n", lines);
    }

    /** The SDL of a served schema as graphql-java prints it, without directives. */
    static String sdl(graphql.schema.GraphQLSchema schema) {
        return new graphql.schema.idl.SchemaPrinter(graphql.schema.idl.SchemaPrinter.Options.defaultOptions()
                .includeDirectives(false)).print(schema);
    }

    static List<String> of(String sdl) {
        TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
        TreeSet<String> lines = new TreeSet<>();
        Map<String, TypeDefinition> types = new TreeMap<>(registry.types());
        types.putAll(registry.scalars().entrySet().stream()
                .filter(e -> !List.of("Int", "Float", "String", "Boolean", "ID").contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        for (TypeDefinition<?> type : types.values()) {
            String name = type.getName();
            if (type instanceof ObjectTypeDefinition object) {
                lines.add("type " + name + " implements " + object.getImplements().stream()
                        .map(t -> ((graphql.language.TypeName) t).getName()).sorted().toList());
                object.getFieldDefinitions().forEach(field -> field(lines, name, field));
            } else if (type instanceof InterfaceTypeDefinition iface) {
                lines.add("interface " + name);
                iface.getFieldDefinitions().forEach(field -> field(lines, name, field));
            } else if (type instanceof InputObjectTypeDefinition input) {
                lines.add("input " + name);
                input.getInputValueDefinitions().forEach(value -> lines.add(name + "." + value(value)));
            } else if (type instanceof EnumTypeDefinition enumType) {
                lines.add("enum " + name);
                enumType.getEnumValueDefinitions().forEach(value -> lines.add(name + "." + value.getName()));
            } else if (type instanceof ScalarTypeDefinition) {
                lines.add("scalar " + name);
            }
        }
        return new ArrayList<>(lines);
    }

    /**
     * The lines of the expected shape that the actual one lacks ({@code missing: …}) and those it has besides
     * ({@code extra: …}), one a line; empty when the shapes are equal.
     */
    static String difference(List<String> expected, List<String> actual) {
        List<String> lines = new ArrayList<>();
        expected.stream().filter(line -> !actual.contains(line)).forEach(line -> lines.add("missing: " + line));
        actual.stream().filter(line -> !expected.contains(line)).forEach(line -> lines.add("extra: " + line));
        return String.join("\n", lines);
    }

    /** The shape without field, argument and input field types: only which names exist. */
    static List<String> names(String sdl) {
        return of(sdl).stream().map(SchemaShape::withoutType).distinct().toList();
    }

    private static String withoutType(String line) {
        int colon = line.indexOf(": ");
        if (line.startsWith("type ") || colon < 0) {
            return line;
        }
        return line.substring(0, colon) + (line.contains("(") ? ")" : "");
    }

    private static void field(TreeSet<String> lines, String typeName, FieldDefinition field) {
        lines.add(typeName + "." + field.getName() + ": " + print(field.getType()));
        field.getInputValueDefinitions().forEach(argument ->
                lines.add(typeName + "." + field.getName() + "(" + value(argument) + ")"));
    }

    private static String value(InputValueDefinition value) {
        String defaultValue = value.getDefaultValue() == null ? ""
                : " = " + graphql.language.AstPrinter.printAst(value.getDefaultValue());
        return value.getName() + ": " + print(value.getType()) + defaultValue;
    }

    private static String print(graphql.language.Type<?> type) {
        return graphql.language.AstPrinter.printAst(type);
    }
}
