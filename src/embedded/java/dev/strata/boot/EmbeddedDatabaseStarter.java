package dev.strata.boot;

/**
 * The {@link DatabaseStarter} of the development and test servers: the embedded PostgreSQL with the forum demo
 * ({@link EmbeddedForumDatabase}). Registered in {@code META-INF/services}; Liberty loads it from the library
 * {@code lib/embedded}, never from the WAR.
 */
public final class EmbeddedDatabaseStarter implements DatabaseStarter {

    @Override
    public AutoCloseable start(EmbeddedSettings settings) {
        return EmbeddedForumDatabase.start(new EmbeddedForumDatabase.Options(settings.port(), settings.dataDirectory(),
                settings.fresh(), settings.database(), settings.loadDemo()));
    }
}
