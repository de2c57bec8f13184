package dev.strata.schema;

import dev.strata.exec.RequestExecutor;
import dev.strata.exec.SchemaSettings;
import dev.strata.exec.TestSchemas;
import dev.strata.it.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

/**
 * The tagged variants of the forum in {@code src/test/resources/behavior-variants/}: {@code forum.sql} plus the
 * variant's tags, whose first line is {@code -- default: <the global default>}.
 */
final class BehaviorVariants {

    static final Path DIRECTORY = Path.of("src/test/resources/behavior-variants");

    private BehaviorVariants() {
    }

    /** Creates the variant in {@code schema} of the test database (with {@code extraSql} after its tags) and serves it. */
    static RequestExecutor serve(String variant, String schema, String extraSql) throws Exception {
        String tags = Files.readString(DIRECTORY.resolve(variant + ".sql"));
        String global = tags.lines().findFirst().orElseThrow().replaceFirst("^-- default: *", "");
        JwtType jwt = tags.lines().filter(line -> line.startsWith("-- jwt:")).findFirst()
                .map(line -> new JwtType(schema + "." + line.replaceFirst("^-- jwt: *", ""), claims -> "signed"))
                .orElse(JwtType.NONE);
        try (Connection connection = TestDatabase.forum().superuserDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute((Files.readString(DIRECTORY.resolve("forum.sql")) + tags + extraSql)
                    .replace("@schema@", schema));
        }
        return TestSchemas.serve(TestDatabase.forum().loginRoleDataSource(),
                new SchemaSettings(List.of(schema), global, true, jwt));
    }
}
