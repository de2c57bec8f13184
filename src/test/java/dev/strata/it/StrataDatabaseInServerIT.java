package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.boot.StrataDatabase;
import jakarta.inject.Inject;
import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In-server test (Arquillian, Liberty managed container, see {@code arquillian/arquillian.xml}): the built
 * WAR plus this class is deployed into the running integration-test server, and the test method runs there,
 * with CDI injection.
 */
@ExtendWith(ArquillianExtension.class)
class StrataDatabaseInServerIT {

    @Deployment
    static WebArchive deployment() {
        File war = new File(System.getProperty("strata.it.war", "target/strata.war"));
        return ShrinkWrap.create(WebArchive.class, "strata-arquillian.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
                .addClass(StrataDatabaseInServerIT.class);
    }

    @Inject
    StrataDatabase database;

    @Test
    void dataSourceConnectsAsTheLoginRoleToTheForumDemo() throws Exception {
        try (Connection c = database.dataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_user, (select count(*) from forum_example.person)")) {
            assertTrue(rs.next());
            assertEquals("forum_example_postgraphile", rs.getString(1));
            assertEquals(10, rs.getLong(2));
        }
    }
}
