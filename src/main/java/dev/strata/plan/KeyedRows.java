package dev.strata.plan;

/**
 * Rows of a table that Java code chose (an extension method returning generated row types): the code gives their
 * primary keys, and the root field's one statement reads the selection of each row by its key, in order; a key
 * whose row the request's role cannot see gives null.
 *
 * @param list whether the field is a list of rows, or one row
 */
public record KeyedRows(TableRef table, boolean list) {
}
