package dev.strata.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The keys of an identity provider's JWKS document, fetched on first use and kept for a while: refetched after
 * {@link #MAX_AGE}, or sooner when a token names a {@code kid} the document does not have (key rotation), but
 * at most once per {@link #MIN_REFETCH} so that tokens with made-up {@code kid}s cannot flood the provider.
 */
final class JwksKeys {

    static final Duration MAX_AGE = Duration.ofMinutes(10);
    static final Duration MIN_REFETCH = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(JwksKeys.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI url;
    private final Clock clock;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private List<PublicKeys.Keyed> keys; // guarded by this
    private Instant fetched = Instant.EPOCH; // guarded by this

    JwksKeys(String url, Clock clock) {
        this.url = URI.create(url);
        this.clock = clock;
    }

    /** The current keys; with a {@code kid} that is not among them, refetched first (rate-limited). */
    synchronized List<PublicKeys.Keyed> keys(String kid) {
        Instant now = clock.instant();
        boolean stale = now.isAfter(fetched.plus(MAX_AGE));
        // no keys yet (the provider did not answer) or a kid it did not list: ask again, but not too often
        boolean missing = keys == null || (kid != null && keys.stream().noneMatch(k -> kid.equals(k.kid())));
        if (stale || (missing && now.isAfter(fetched.plus(MIN_REFETCH)))) {
            fetch(now);
        }
        return keys == null ? List.of() : keys;
    }

    private void fetch(Instant now) {
        fetched = now;
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                    .header("accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            keys = List.copyOf(PublicKeys.jwks(JSON.readTree(response.body())));
            LOG.fine(() -> "JWKS " + url + ": " + keys.size() + " keys");
        } catch (IOException e) {
            // keep the keys we had; tokens signed with unknown keys are refused meanwhile
            LOG.log(Level.WARNING, "cannot read the JWKS document " + url + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
