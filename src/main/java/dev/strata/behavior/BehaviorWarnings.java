package dev.strata.behavior;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;

/**
 * Collects the warnings of one schema build and logs each distinct one once (java.util.logging,
 * logger {@code dev.strata.behavior}, level WARNING). A bad or unknown behavior never throws; it is
 * reported here. Create one per schema build, so a rebuild reports what is still wrong. Thread-safe.
 */
public final class BehaviorWarnings {

    private static final Logger LOG = Logger.getLogger("dev.strata.behavior");

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final List<String> messages = new CopyOnWriteArrayList<>();

    public BehaviorWarnings() {
    }

    /** Every distinct warning so far, in the order first reported. */
    public List<String> messages() {
        return List.copyOf(messages);
    }

    void malformed(String owner, String token) {
        warn("behavior fragment '" + token + "' on " + owner + " is malformed and was ignored");
    }

    void unknown(String owner, String token) {
        warn("behavior '" + token + "' on " + owner + " is not a known behavior");
    }

    void unknownOmitOption(String owner, String option) {
        warn("@omit option '" + option + "' on " + owner + " is not understood and was ignored");
    }

    void ignoredOmitOption(String owner, String option, String meant) {
        warn("@omit option '" + option + "' on " + owner + " is ignored, as PostGraphile 4 ignores it"
                + " (did you mean '" + meant + "'?)");
    }

    void unknownSimpleCollections(String owner, String value) {
        warn("@simpleCollections '" + value + "' on " + owner
                + " is not understood (expected omit, only or both) and was ignored");
    }

    private void warn(String raw) {
        String message = printable(raw);
        if (seen.add(message)) {
            messages.add(message);
            LOG.warning(message);
        }
    }

    /** User text is quoted in messages: control characters are escaped so one warning stays one log line. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
