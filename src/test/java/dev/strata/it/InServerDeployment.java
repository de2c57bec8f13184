package dev.strata.it;

import java.io.File;
import java.util.Arrays;
import java.util.Comparator;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive an in-server (Arquillian) test deploys into {@code strata-it}: the built WAR, plus the embedded
 * PostgreSQL library ({@code target/embedded-library}) in {@code WEB-INF/lib}.
 *
 * <p>The test server's own application has that library as its Liberty private library (server.xml
 * {@code embeddedPostgresLibrary}); a test archive is another application, which Arquillian configures with
 * the JDBC driver's library only ({@code arquillian.xml}: {@code deployType=xml}, {@code sharedLib}). Its
 * {@code StrataDatabase} finds the embedded server already running on the test port and uses it.
 */
final class InServerDeployment {

    private InServerDeployment() {
    }

    static WebArchive strataWar(String name) {
        File war = new File(System.getProperty("strata.it.war", "target/strata.war"));
        File library = new File(System.getProperty("strata.it.embedded.library", "target/embedded-library"));
        File[] jars = library.listFiles((dir, file) -> file.endsWith(".jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("no embedded PostgreSQL library in " + library + " (mvn package makes it)");
        }
        Arrays.sort(jars, Comparator.comparing(File::getName));
        return ShrinkWrap.create(WebArchive.class, name)
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
                .addAsLibraries(jars);
    }
}
