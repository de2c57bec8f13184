package dev.strata.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The case conversions of PostGraphile 4's inflection (lodash's {@code camelCase}, {@code upperFirst}, ...). */
public final class Case {

    private Case() {
    }

    public static String camel(String text) {
        List<String> words = words(text);
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            out.append(out.length() == 0 ? word.toLowerCase(Locale.ROOT) : capitalize(word));
        }
        return leadingUnderscores(text) + out;
    }

    public static String upperCamel(String text) {
        return capitalize(camel(text));
    }

    /**
     * PostGraphile 4's constant case: leading and trailing underscores kept, runs of other characters and every
     * upper-case run start an underscore-separated word, a leading digit gets an underscore.
     */
    public static String constant(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == '_') {
            start++;
        }
        int end = text.length();
        while (end > start && text.charAt(end - 1) == '_') {
            end--;
        }
        String middle = text.substring(start, end)
                .replaceAll("[^a-zA-Z0-9_]+", "_")
                .replaceAll("[A-Z]+", "_$0")
                .replaceAll("__+", "_")
                .replaceFirst("^[^a-zA-Z0-9]+", "")
                .replaceFirst("^[0-9]", "_$0")
                .toUpperCase(Locale.ROOT);
        return text.substring(0, start) + middle + text.substring(end);
    }

    private static String leadingUnderscores(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '_') {
            i++;
        }
        return text.substring(0, i);
    }

    /**
     * Words split at non-alphanumeric characters, at lower-to-upper case changes and between digits and letters,
     * as lodash does ({@code measurement2024s} is {@code measurement}, {@code 2024}, {@code s}).
     */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
            } else {
                if (word.length() > 0 && startsWord(word.charAt(word.length() - 1), c)) {
                    flush(word, words);
                }
                word.append(c);
            }
        }
        flush(word, words);
        return words;
    }

    private static boolean startsWord(char previous, char c) {
        return Character.isUpperCase(c) && !Character.isUpperCase(previous)
                || Character.isDigit(c) != Character.isDigit(previous);
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static String capitalize(String word) {
        if (word.isEmpty()) {
            return word;
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT).substring(0, 0)
                + word.substring(1);
    }
}
