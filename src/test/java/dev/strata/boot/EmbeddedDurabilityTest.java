package dev.strata.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL keeps what it acknowledged through a machine crash whenever its data directory outlives
 * the start (the demo); only a throw-away cluster runs without {@code fsync} and {@code synchronous_commit}.
 */
class EmbeddedDurabilityTest {

    @Test
    void persistentDataDirectoryRunsWithFsyncAndSynchronousCommit() throws Exception {
        Path directory = Files.createTempDirectory("strata-durable");
        try (EmbeddedForumDatabase db = EmbeddedForumDatabase.start(
                new EmbeddedForumDatabase.Options(0, directory.resolve("pgdata"), false, "durable", false))) {
            assertEquals("on on", fsyncAndSynchronousCommit(db));
        } finally {
            delete(directory);
        }
    }

    @Test
    void throwAwayClusterRunsWithoutFsync() throws Exception {
        try (EmbeddedForumDatabase db = EmbeddedForumDatabase.start(
                new EmbeddedForumDatabase.Options(0, null, true, "scratch", false))) {
            assertEquals("off off", fsyncAndSynchronousCommit(db));
        }
    }

    private static String fsyncAndSynchronousCommit(EmbeddedForumDatabase db) throws SQLException {
        try (Connection c = db.superuserDataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_setting('fsync') || ' ' "
                     + "|| current_setting('synchronous_commit')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
