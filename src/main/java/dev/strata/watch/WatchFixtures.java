package dev.strata.watch;

import dev.strata.sql.Sql;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The event triggers of watch mode, {@code ddl/watch/install.sql}: installing them, and whether they are there. */
final class WatchFixtures {

    /** The channel the event triggers notify and the listener listens on. */
    static final String CHANNEL = "strata_watch";

    static final String SCRIPT = "ddl/watch/install.sql";

    private static final List<String> TRIGGERS = List.of("strata_watch_ddl", "strata_watch_drop");

    private WatchFixtures() {
    }

    /** Runs the install script (idempotent); it needs a superuser. */
    static void install(Connection owner) throws SQLException {
        try (Statement statement = owner.createStatement()) {
            statement.execute(script());
        }
    }

    /** Whether both event triggers exist and are enabled (any role may read the catalog). */
    static boolean installed(Connection connection) throws SQLException {
        Sql query = Sql.concat(Sql.raw("select count(*) from pg_catalog.pg_event_trigger where evtenabled <> 'D'"
                + " and evtname in ("), Sql.value(TRIGGERS.get(0)), Sql.raw(", "), Sql.value(TRIGGERS.get(1)),
                Sql.raw(")"));
        try (PreparedStatement statement = connection.prepareStatement(query.text())) {
            for (int i = 0; i < query.values().size(); i++) {
                statement.setObject(i + 1, query.values().get(i));
            }
            try (ResultSet count = statement.executeQuery()) {
                return count.next() && count.getInt(1) == TRIGGERS.size();
            }
        }
    }

    private static String script() {
        try (InputStream in = WatchFixtures.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
