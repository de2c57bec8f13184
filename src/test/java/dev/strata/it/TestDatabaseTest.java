package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class TestDatabaseTest {

    @Test
    void forumDemoIsLoadedAndTheLoginRoleSeesIt() throws SQLException {
        DataSource ds = TestDatabase.forum().loginRoleDataSource();
        try (Connection c = ds.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_user, current_database(),"
                     + " (select count(*) from forum_example.person), (select count(*) from forum_example.post)")) {
            assertTrue(rs.next());
            assertEquals("forum_example_postgraphile", rs.getString(1));
            assertEquals("forum", rs.getString(2));
            assertEquals(10, rs.getLong(3));
            assertTrue(rs.getLong(4) > 0, "posts loaded");
        }
    }

    @Test
    void superuserConnectsToTheSameDatabase() throws SQLException {
        try (Connection c = TestDatabase.forum().superuserDataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_user, rolsuper, current_setting('server_encoding')"
                     + " from pg_roles where rolname = current_user")) {
            assertTrue(rs.next());
            assertEquals("postgres", rs.getString(1));
            assertTrue(rs.getBoolean(2));
            assertEquals("UTF8", rs.getString(3));
        }
        assertTrue(TestDatabase.forum().jdbcUrl().matches("jdbc:postgresql://localhost:\\d+/forum"),
                TestDatabase.forum().jdbcUrl());
    }

    @Test
    void startedOncePerJvm() {
        assertSame(TestDatabase.forum(), TestDatabase.forum());
    }
}
