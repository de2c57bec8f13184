package dev.strata.boot;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * The embedded-database part of the configuration, read through MicroProfile Config from the server.xml
 * variables (README "Configuration"); their defaults live only there.
 *
 * @param configuredUrl the effective {@code strata.db.url}, empty when unset
 * @param port          {@code strata.embedded.port}: the embedded server's port on localhost
 * @param database      {@code strata.embedded.database}: the database it creates and serves
 * @param dataDirectory {@code strata.embedded.data-dir}: its data directory
 * @param loadDemo      {@code strata.embedded.demo}: load the forum demo when the database is created
 * @param fresh         {@code strata.embedded.fresh}: delete the data directory before starting
 */
public record EmbeddedSettings(Optional<String> configuredUrl, int port, String database, Path dataDirectory,
                               boolean loadDemo, boolean fresh) {

    static final String DB_URL = "strata.db.url";
    static final String PORT = "strata.embedded.port";
    static final String DATABASE = "strata.embedded.database";
    static final String DATA_DIR = "strata.embedded.data-dir";
    static final String DEMO = "strata.embedded.demo";
    static final String FRESH = "strata.embedded.fresh";

    /**
     * @throws IllegalStateException when {@code strata.db.url} is set but blank: Liberty's data source would
     *         then get no URL at all (the driver's default, localhost:5432), so it is refused rather than
     *         guessed at
     * @throws java.util.NoSuchElementException when a {@code strata.embedded.*} variable is missing (server.xml
     *         declares them all)
     */
    static EmbeddedSettings from(Config config) {
        ConfigValue configured = config.getConfigValue(DB_URL);
        String value = configured.getValue();
        if (configured.getRawValue() != null && (value == null || value.isBlank())) {
            throw new IllegalStateException(DB_URL + " is set but blank (STRATA_DB_URL=\"\"?), which leaves the"
                    + " data source without a URL: unset it to use the embedded database, or set a JDBC URL");
        }
        return new EmbeddedSettings(Optional.ofNullable(value).map(String::trim),
                config.getValue(PORT, Integer.class),
                config.getValue(DATABASE, String.class),
                Path.of(config.getValue(DATA_DIR, String.class)),
                config.getValue(DEMO, Boolean.class),
                config.getValue(FRESH, Boolean.class));
    }

    /** The URL the data source uses when it is the embedded database. */
    public String embeddedUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** The embedded database is used when no URL is configured, or when it is the embedded one (the default). */
    public boolean embedded() {
        return configuredUrl.isEmpty() || configuredUrl.get().equals(embeddedUrl());
    }
}
