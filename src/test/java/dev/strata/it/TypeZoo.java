package dev.strata.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The type zoo ({@code ddl/test/types.sql}, schema {@code types}) in the shared test database, loaded once per JVM
 * on first use.
 */
public final class TypeZoo {

    public static final String SCHEMA = "types";

    private TypeZoo() {
    }

    /** The shared test database's login role, with the type zoo loaded. */
    public static DataSource loginRoleDataSource() {
        return Holder.LOGIN;
    }

    /** Runs {@code ddl/test/types.sql} in a database that has the forum schema, as its superuser. */
    public static void loadInto(DataSource superuser) {
        try {
            TestDatabase.runScript(superuser, "ddl/test/types.sql");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load ddl/test/types.sql: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Holder {
        static final DataSource LOGIN = load();

        private static DataSource load() {
            loadInto(TestDatabase.forum().superuserDataSource());
            return TestDatabase.forum().loginRoleDataSource();
        }
    }
}
