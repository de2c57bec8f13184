package dev.strata.behavior;

import java.util.List;
import java.util.Objects;

/**
 * One parsed behavior fragment ({@code [+|-]scope}) and the layer it came from.
 * Immutable; built only by this package's parser.
 */
public final class Fragment {

    private final boolean positive;
    private final List<String> words;
    private final String written;
    private final String source;

    Fragment(boolean positive, List<String> words, String written, String source) {
        this.positive = positive;
        this.words = List.copyOf(words);
        this.written = written;
        this.source = source;
    }

    /** {@code true} for {@code +scope} and bare {@code scope}, {@code false} for {@code -scope}. */
    public boolean positive() {
        return positive;
    }

    /** The scope, words joined by {@code :} ({@code create} already spelled {@code insert}). */
    public String scope() {
        return Scopes.join(words);
    }

    /** The fragment exactly as written in its layer, e.g. {@code -update} or {@code list}. */
    public String text() {
        return written;
    }

    /** The label of the layer this fragment came from, e.g. {@code global} or {@code table app.users @behavior}. */
    public String source() {
        return source;
    }

    /** Whether this fragment's scope, aligned to the right, matches the tail of {@code wanted}. */
    public boolean matches(String wanted) {
        return matchesWords(Scopes.parseWanted(wanted));
    }

    boolean matchesWords(List<String> wantedWords) {
        return Scopes.tailMatches(words, wantedWords);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fragment f
                && f.positive == positive && f.words.equals(words)
                && f.written.equals(written) && f.source.equals(source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(positive, words, written, source);
    }

    @Override
    public String toString() {
        return "'" + written + "' from " + source;
    }
}
