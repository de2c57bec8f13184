package dev.strata.exec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.postgresql.util.ServerErrorMessage;

/**
 * PostGraphile 4's {@code --extended-errors}: the fields of a PostgreSQL error a GraphQL error carries besides its
 * message, e.g. {@code hint,detail,errcode}. As PostGraphile 4 writes them, an error of a field (a root field
 * whose statement failed, a mutation that changed no row) gets {@code extensions.exception} with the listed fields
 * its PostgreSQL error has (none for an error that is not PostgreSQL's), and the same fields at the error's top
 * level; request errors (parse, validation, variables) get nothing. No fields (the default): nothing.
 */
public record ErrorFields(List<Field> fields) {

    public static final ErrorFields NONE = new ErrorFields(List.of());

    public ErrorFields {
        fields = List.copyOf(fields);
    }

    /** A field of a PostgreSQL error, named as PostGraphile 4 names it. */
    public enum Field {
        SEVERITY("severity", ServerErrorMessage::getSeverity),
        ERRCODE("errcode", ServerErrorMessage::getSQLState),
        DETAIL("detail", ServerErrorMessage::getDetail),
        HINT("hint", ServerErrorMessage::getHint),
        POSITION("position", error -> number(error.getPosition())),
        INTERNAL_POSITION("internalPosition", error -> number(error.getInternalPosition())),
        INTERNAL_QUERY("internalQuery", ServerErrorMessage::getInternalQuery),
        WHERE("where", ServerErrorMessage::getWhere),
        SCHEMA("schema", ServerErrorMessage::getSchema),
        TABLE("table", ServerErrorMessage::getTable),
        COLUMN("column", ServerErrorMessage::getColumn),
        DATA_TYPE("dataType", ServerErrorMessage::getDatatype),
        CONSTRAINT("constraint", ServerErrorMessage::getConstraint),
        FILE("file", ServerErrorMessage::getFile),
        LINE("line", error -> number(error.getLine())),
        ROUTINE("routine", ServerErrorMessage::getRoutine);

        private final String name;
        private final Function<ServerErrorMessage, String> value;

        Field(String name, Function<ServerErrorMessage, String> value) {
            this.name = name;
            this.value = value;
        }

        /** PostgreSQL sends positions and lines as text, which PostGraphile 4 passes on; 0 means absent. */
        private static String number(int value) {
            return value == 0 ? null : Integer.toString(value);
        }
    }

    /**
     * The fields of a comma-separated list such as {@code hint,detail,errcode}; empty or blank: none.
     *
     * @throws IllegalArgumentException naming a field PostgreSQL errors do not have
     */
    public static ErrorFields of(String list) {
        List<Field> fields = new ArrayList<>();
        for (String name : list.split(",")) {
            if (!name.isBlank()) {
                fields.add(Arrays.stream(Field.values()).filter(field -> field.name.equals(name.strip())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("extended errors: '" + name.strip()
                                + "' is not a field of a PostgreSQL error (" + Arrays.stream(Field.values())
                                .map(field -> field.name).toList() + ")")));
            }
        }
        return new ErrorFields(fields);
    }

    boolean any() {
        return !fields.isEmpty();
    }

    /** The listed fields PostgreSQL's error has, in the listed order. */
    Map<String, Object> of(ServerErrorMessage error) {
        return values(field -> field.value.apply(error));
    }

    /** The listed fields of an error that has only a code (none: null), PostgreSQL's or not. */
    Map<String, Object> ofCode(String errcode) {
        return values(field -> field == Field.ERRCODE ? errcode : null);
    }

    private Map<String, Object> values(Function<Field, String> value) {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach(field -> {
            String text = value.apply(field);
            if (text != null) {
                values.put(field.name, text);
            }
        });
        return values;
    }
}
