package dev.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/**
 * What an operator reaches (docs/OPERATIONS.md): the health checks, Strata's application metrics, and Liberty's
 * Admin Center on HTTPS, which the test server enables with a test administrator
 * (arquillian/liberty-it/configDropins/overrides/strata-it.xml).
 */
class OperationsIT {

    private static final String ADMIN = "it-admin:it-admin-password";

    static {
        // the test server's certificate is Liberty's self-signed one
        System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
    }

    @Test
    void readinessReportsTheDatabaseAndTheSchemaUp() {
        StrataServer.awaitReady();
        StrataServer.Response ready = StrataServer.get("/health/ready");
        assertEquals(200, ready.status());
        assertEquals("UP", ready.json().get("status").asText());
        assertTrue(ready.body().contains("\"database\""), ready.body());
        assertTrue(ready.body().contains("\"schema\""), ready.body());
        assertEquals(200, StrataServer.get("/health/live").status());
    }

    @Test
    void applicationMetricsCountRequestsAndErrorsWithALatencyHistogram() {
        StrataServer.awaitReady();
        // the metrics appear with their first request, which other tests of the run may not have made yet
        StrataServer.graphql("{ noSuchField }", null);
        double requestsBefore = metric("strata_graphql_requests_seconds_count\\{method=\"POST\"[^}]*}");
        double errorsBefore = metric("strata_graphql_errors_total\\{[^}]*}");

        assertEquals(200, StrataServer.graphql("{ postById(id: 4) { id } }", null).status());
        assertEquals(400, StrataServer.graphql("{ noSuchField }", null).status());

        assertEquals(requestsBefore + 2, metric("strata_graphql_requests_seconds_count\\{method=\"POST\"[^}]*}"));
        assertEquals(errorsBefore + 1, metric("strata_graphql_errors_total\\{[^}]*}"));
        // the histogram's buckets (server.xml mp.metrics.distribution.timer.buckets): 100 ms is one of them
        assertTrue(metric("strata_graphql_requests_seconds_bucket\\{method=\"POST\"[^}]*le=\"0\\.1\"[^}]*}")
                <= requestsBefore + 2);
        assertEquals(requestsBefore + 2,
                metric("strata_graphql_requests_seconds_bucket\\{method=\"POST\"[^}]*le=\"\\+Inf\"[^}]*}"));
    }

    @Test
    void eachSchemaBuildIsTimed() throws Exception {
        StrataServer.awaitReady();
        // watch mode (on for the test server) builds the schema again after DDL
        double before = schemaBuilds();
        ddl("create table forum_example.operations_probe (id int primary key)");
        try {
            awaitSchemaBuildsAbove(before);
        } finally {
            double created = schemaBuilds();
            ddl("drop table forum_example.operations_probe");
            awaitSchemaBuildsAbove(created);
        }
    }

    @Test
    void adminCenterAnswersItsSignInPageOverHttps() throws Exception {
        HttpResponse<String> page = https(HttpRequest.newBuilder(adminUri("/adminCenter/")));
        assertEquals(200, page.statusCode());
        assertTrue(page.uri().getPath().startsWith("/adminCenter/"), page.uri().toString());
        assertTrue(page.body().contains("j_security_check"), page.body());
    }

    @Test
    void adminRestApiAnswersTheConfiguredAdministratorOnly() throws Exception {
        HttpRequest.Builder api = HttpRequest.newBuilder(adminUri("/ibm/api/config/httpEndpoint"));
        assertEquals(401, https(api).statusCode());
        assertEquals(401, https(api.copy().header("Authorization", basic("it-admin:wrong"))).statusCode());

        HttpResponse<String> signedIn = https(api.copy().header("Authorization", basic(ADMIN)));
        assertEquals(200, signedIn.statusCode());
        assertTrue(signedIn.body().contains("defaultHttpEndpoint"), signedIn.body());
    }

    private static double metric(String nameAndTags) {
        Optional<Double> value = optionalMetric(nameAndTags);
        assertTrue(value.isPresent(), nameAndTags + " in\n" + StrataServer.get("/metrics?scope=application").body());
        return value.get();
    }

    private static Optional<Double> optionalMetric(String nameAndTags) {
        StrataServer.Response metrics = StrataServer.get("/metrics?scope=application");
        assertEquals(200, metrics.status());
        Matcher m = Pattern.compile("(?m)^" + nameAndTags + " (\\S+)$").matcher(metrics.body());
        return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
    }

    /**
     * The builds counted so far; none when the series is absent (Liberty removes it with any other application of
     * the same metric names, such as the in-server tests' archives, and it starts again at the next build).
     */
    private static double schemaBuilds() {
        return optionalMetric("strata_schema_builds_seconds_count\\{[^}]*}").orElse(0.0);
    }

    private static void awaitSchemaBuildsAbove(double count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (schemaBuilds() <= count) {
            assertTrue(System.currentTimeMillis() < deadline, "no schema build within 30 s");
            Thread.sleep(50);
        }
    }

    private static void ddl(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:"
                + Integer.getInteger("strata.it.embedded.port") + "/forum", "postgres", null);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static URI adminUri(String path) {
        return URI.create("https://localhost:" + Integer.getInteger("strata.it.https.port", 9083) + path);
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> https(HttpRequest.Builder request) throws IOException, InterruptedException,
            GeneralSecurityException {
        HttpClient client = HttpClient.newBuilder()
                .sslContext(trustingAnyCertificate())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static SSLContext trustingAnyCertificate() throws GeneralSecurityException {
        TrustManager any = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {any}, null);
        return context;
    }
}
