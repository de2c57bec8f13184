package dev.strata.exec;

import dev.strata.it.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The forum schema served to a test class over one connection of the login role, so that whatever a request
 * leaves on its connection the next one meets ({@code @RegisterExtension static final ForumOnOneConnection ...}).
 */
final class ForumOnOneConnection implements BeforeAllCallback, AfterAllCallback {

    private OneConnectionDataSource pool;
    private RequestExecutor executor;

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        pool = new OneConnectionDataSource(TestDatabase.forum().loginRoleDataSource());
        executor = TestSchemas.serve(pool, List.of("forum_example"), "");
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        pool.close();
    }

    RequestExecutor executor() {
        return executor;
    }

    OneConnectionDataSource pool() {
        return pool;
    }
}
