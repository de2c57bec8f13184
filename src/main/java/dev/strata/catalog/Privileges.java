package dev.strata.catalog;

/** What at least one role the connecting user can become may do with a table, view or column. */
public record Privileges(boolean select, boolean insert, boolean update, boolean delete) {
    public static final Privileges ALL = new Privileges(true, true, true, true);
}
