package dev.strata.behavior;

import java.util.ArrayList;
import java.util.List;

/** Splits a layer's text into fragments; drops malformed ones and flags unknown ones, never throws. */
final class BehaviorParser {

    private BehaviorParser() {
    }

    static List<Fragment> parse(Layer layer, BehaviorWarnings warnings) {
        String text = layer.text();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Fragment> fragments = new ArrayList<>();
        for (String token : text.strip().split("\\s+")) {
            boolean positive = true;
            String scope = token;
            char first = token.charAt(0);
            if (first == '+' || first == '-') {
                positive = first == '+';
                scope = token.substring(1);
            }
            List<String> words = Scopes.parsePattern(scope);
            if (words == null) {
                warnings.malformed(layer.owner(), token);
                continue;
            }
            Fragment fragment = new Fragment(positive, words, token, layer.source());
            if (!KnownBehavior.recognizes(fragment)) {
                warnings.unknown(layer.owner(), token);
            }
            fragments.add(fragment);
        }
        return fragments;
    }
}
