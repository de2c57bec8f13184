import dev.strata.catalog.Introspector;
import dev.strata.catalog.CatalogOptions;
import dev.strata.exec.GraphQLRequest;
import dev.strata.exec.RequestExecutor;
import dev.strata.exec.SchemaFactory;
import dev.strata.exec.SchemaSettings;
import dev.strata.schema.JwtType;
import graphql.ExecutionResult;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The scale checks of bench/scale.sh, run in a plain JVM with Strata's classes (no application server):
 * introspection and schema build of the schema "scale" (1 000 generated tables), then cursor pagination over the
 * table "scale.big" (1 000 000 rows): page 1 against page 10 000, with and without totalCount.
 *
 * <p>Usage: java -cp CLASSPATH bench/Scale.java JDBC_URL USER PASSWORD
 */
public final class Scale {

    private static final int BUILDS = 5;
    private static final int PAGE_RUNS = 300;

    public static void main(String[] args) throws Exception {
        String url = args[0], user = args[1], password = args[2];
        SchemaSettings settings = new SchemaSettings(List.of("scale"), "", true, JwtType.NONE);
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            for (int i = 1; i <= BUILDS; i++) {
                long start = System.nanoTime();
                var catalog = Introspector.introspect(connection, settings.schemas(), CatalogOptions.DEFAULTS);
                long introspected = System.nanoTime();
                SchemaFactory.build(connection, settings);
                long built = System.nanoTime();
                System.out.printf("build %d: %d tables; introspection %d ms; introspection + schema build %d ms%n",
                        i, catalog.classes().size(), (introspected - start) / 1_000_000,
                        (built - introspected) / 1_000_000);
            }
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        RequestExecutor executor = RequestExecutor.over(dataSource, settings);
        String page10000 = cursorAfterRow(199_980); // rows 199 981 .. 200 000: the 10 000th page of 20
        for (String selection : List.of("nodes { id label }", "totalCount nodes { id label }")) {
            String first = "{ allBigs(first: 20) { " + selection + " } }";
            String later = "{ allBigs(first: 20, after: \"" + page10000 + "\") { " + selection + " } }";
            time(executor, first, PAGE_RUNS); // warm-up
            time(executor, later, PAGE_RUNS);
            double one = time(executor, first, PAGE_RUNS);
            double tenThousand = time(executor, later, PAGE_RUNS);
            System.out.printf("allBigs(first: 20) { %s }: page 1 %.2f ms, page 10 000 %.2f ms (%.2f×)%n", selection,
                    one, tenThousand, tenThousand / one);
        }
    }

    /** PostGraphile 4's cursor of the row with this primary key in primary-key order. */
    private static String cursorAfterRow(int id) {
        return Base64.getEncoder().encodeToString(("[\"primary_key_asc\",[" + id + "]]")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Mean milliseconds of one request over runs, each through the whole executor (graphql-java, SQL, JSON). */
    private static double time(RequestExecutor executor, String query, int runs) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            ExecutionResult result = executor.execute(new GraphQLRequest(query, null, Map.of()), Map.of());
            if (!result.getErrors().isEmpty()) {
                throw new IllegalStateException(query + ": " + result.getErrors());
            }
        }
        return (System.nanoTime() - start) / 1e6 / runs;
    }
}
