package dev.strata.boot;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * The embedded-database part of the configuration, read through MicroProfile Config (the same names as
 * the server.xml variables, see README "Configuration").
 *
 * @param configuredUrl the effective {@code strata.db.url}, empty when unset
 */
record EmbeddedSettings(Optional<String> configuredUrl, EmbeddedForumDatabase.Options options) {

    static final String DB_URL = "strata.db.url";
    static final String PORT = "strata.embedded.port";
    static final String DATABASE = "strata.embedded.database";
    static final String DATA_DIR = "strata.embedded.data-dir";
    static final String DEMO = "strata.embedded.demo";
    static final String FRESH = "strata.embedded.fresh";

    static final int DEFAULT_PORT = 54329;
    static final String DEFAULT_DATABASE = "forum";

    /**
     * @throws IllegalStateException when {@code strata.db.url} is set but blank: Liberty's data source would
     *         then get no URL at all (the driver's default, localhost:5432), so it is refused rather than
     *         guessed at
     */
    static EmbeddedSettings from(Config config) {
        ConfigValue configured = config.getConfigValue(DB_URL);
        String value = configured.getValue();
        if (configured.getRawValue() != null && (value == null || value.isBlank())) {
            throw new IllegalStateException(DB_URL + " is set but blank (STRATA_DB_URL=\"\"?), which leaves the"
                    + " data source without a URL: unset it to use the embedded database, or set a JDBC URL");
        }
        Optional<String> url = Optional.ofNullable(value).map(String::trim);
        int port = config.getOptionalValue(PORT, Integer.class).orElse(DEFAULT_PORT);
        String database = config.getOptionalValue(DATABASE, String.class).orElse(DEFAULT_DATABASE);
        Path dataDir = config.getOptionalValue(DATA_DIR, String.class)
                .map(Path::of)
                .orElseGet(EmbeddedSettings::defaultDataDirectory);
        boolean demo = config.getOptionalValue(DEMO, Boolean.class).orElse(true);
        boolean fresh = config.getOptionalValue(FRESH, Boolean.class).orElse(false);
        return new EmbeddedSettings(url, new EmbeddedForumDatabase.Options(port, dataDir, fresh, database, demo));
    }

    /** {@code ${server.output.dir}/pgdata} under Liberty, {@code ./pgdata} elsewhere. */
    private static Path defaultDataDirectory() {
        String serverOutput = System.getProperty("server.output.dir");
        return serverOutput == null ? Path.of("pgdata") : Path.of(serverOutput, "pgdata");
    }

    /** The URL the data source uses when it is the embedded database. */
    String embeddedUrl() {
        return "jdbc:postgresql://localhost:" + options.port() + "/" + options.database();
    }

    /** The embedded database is used when no URL is configured, or when it is the embedded one (the default). */
    boolean embedded() {
        return configuredUrl.isEmpty() || configuredUrl.get().equals(embeddedUrl());
    }
}
