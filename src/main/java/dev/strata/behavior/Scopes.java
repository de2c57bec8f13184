package dev.strata.behavior;

import java.util.ArrayList;
import java.util.List;

/**
 * Scope strings: camelCase words joined by {@code :}; in a fragment a word may be {@code *}.
 * The one spelling alias, {@code create} for {@code insert}, is applied here to whole words.
 */
final class Scopes {

    static final String STAR = "*";

    private Scopes() {
    }

    /** The words of a fragment's scope (aliases applied), or {@code null} when the scope is malformed. */
    static List<String> parsePattern(String scope) {
        return split(scope, true);
    }

    /** The words of a behavior a generator asks about; no stars, no sign. */
    static List<String> parseWanted(String wanted) {
        List<String> words = wanted == null ? null : split(wanted, false);
        if (words == null) {
            throw new IllegalArgumentException("not a concrete behavior scope: '" + wanted + "'");
        }
        return words;
    }

    /**
     * Right-aligned comparison: the pattern may be shorter than the wanted scope, never longer;
     * {@code *} stands for exactly one word.
     */
    static boolean tailMatches(List<String> pattern, List<String> wanted) {
        int p = pattern.size();
        int w = wanted.size();
        if (p > w) {
            return false;
        }
        for (int i = 1; i <= p; i++) {
            String word = pattern.get(p - i);
            if (!word.equals(STAR) && !word.equals(wanted.get(w - i))) {
                return false;
            }
        }
        return true;
    }

    static String join(List<String> words) {
        return String.join(":", words);
    }

    private static List<String> split(String scope, boolean starAllowed) {
        if (scope.isEmpty()) {
            return null;
        }
        String[] parts = scope.split(":", -1);
        List<String> words = new ArrayList<>(parts.length);
        for (String part : parts) {
            if (starAllowed && part.equals(STAR)) {
                words.add(STAR);
            } else if (isWord(part)) {
                words.add(part.equals("create") ? "insert" : part);
            } else {
                return null;
            }
        }
        return List.copyOf(words);
    }

    /** A camelCase word: a lower-case ASCII letter, then ASCII letters and digits. */
    static boolean isWord(String s) {
        if (s.isEmpty() || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
