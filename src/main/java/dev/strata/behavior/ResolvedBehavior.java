package dev.strata.behavior;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An entity's final behavior string: its fragments left to right, each knowing the layer it came
 * from. Deciding scans from the right; the first fragment matching the wanted behavior wins; none
 * matching means "no". Immutable and thread-safe.
 */
public final class ResolvedBehavior {

    private final String entity;
    private final List<Fragment> fragments;

    ResolvedBehavior(String entity, List<Fragment> fragments) {
        this.entity = entity;
        this.fragments = List.copyOf(fragments);
    }

    /** The label of the entity this behavior belongs to. */
    public String entity() {
        return entity;
    }

    /** Every fragment, lowest precedence (leftmost) first. */
    public List<Fragment> fragments() {
        return fragments;
    }

    /**
     * Whether the entity has the wanted behavior, e.g. {@code allows("constraint:resource:update")}.
     *
     * @throws IllegalArgumentException if {@code wanted} is not a concrete scope (a programming error)
     */
    public boolean allows(String wanted) {
        return decidingFragment(wanted).map(Fragment::positive).orElse(false);
    }

    /** Whether the entity has the wanted known behavior. */
    public boolean allows(KnownBehavior wanted) {
        return decide(wanted.words()).map(Fragment::positive).orElse(false);
    }

    /** The rightmost fragment matching {@code wanted}, if any. */
    public Optional<Fragment> decidingFragment(String wanted) {
        return decide(Scopes.parseWanted(wanted));
    }

    /**
     * Says which fragment decided {@code wanted} and which earlier matches it overrode, e.g.
     * {@code column app.users.name: attribute:update is allowed by '+update' from table app.users @behavior
     * (overriding '-update' from global; 'update' from defaults)}.
     */
    public String explain(String wanted) {
        List<String> words = Scopes.parseWanted(wanted);
        List<Fragment> matching = new ArrayList<>();
        for (int i = fragments.size() - 1; i >= 0; i--) {
            if (fragments.get(i).matchesWords(words)) {
                matching.add(fragments.get(i));
            }
        }
        String subject = entity + ": " + Scopes.join(words);
        if (matching.isEmpty()) {
            return subject + " is denied: no fragment matches";
        }
        Fragment decider = matching.get(0);
        StringBuilder text = new StringBuilder(subject)
                .append(decider.positive() ? " is allowed by " : " is denied by ")
                .append(decider);
        if (matching.size() > 1) {
            text.append(" (overriding ")
                    .append(matching.subList(1, matching.size()).stream()
                            .map(Fragment::toString).collect(Collectors.joining("; ")))
                    .append(')');
        }
        return text.toString();
    }

    /** The behavior string as written, fragments joined by spaces. */
    @Override
    public String toString() {
        return fragments.stream().map(Fragment::text).collect(Collectors.joining(" "));
    }

    private Optional<Fragment> decide(List<String> wanted) {
        for (int i = fragments.size() - 1; i >= 0; i--) {
            Fragment fragment = fragments.get(i);
            if (fragment.matchesWords(wanted)) {
                return Optional.of(fragment);
            }
        }
        return Optional.empty();
    }
}
