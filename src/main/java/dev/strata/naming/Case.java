package dev.strata.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.text.Normalizer;
import java.util.regex.Pattern;

/** The case conversions of PostGraphile 4's inflection (lodash's {@code camelCase}, {@code upperFirst}, ...). */
public final class Case {

    /** The Latin-1 Supplement and Latin Extended-A letters that do not decompose into a letter and marks. */
    private static final Map<Character, String> LATIN_LETTERS = Map.ofEntries(
            Map.entry('\u00d0', "D"), Map.entry('\u00f0', "d"), Map.entry('\u00c6', "Ae"), Map.entry('\u00e6', "ae"),
            Map.entry('\u00de', "Th"), Map.entry('\u00fe', "th"), Map.entry('\u00df', "ss"), Map.entry('\u00d8', "O"),
            Map.entry('\u00f8', "o"), Map.entry('\u0110', "D"), Map.entry('\u0111', "d"), Map.entry('\u0126', "H"),
            Map.entry('\u0127', "h"), Map.entry('\u0131', "i"), Map.entry('\u0132', "IJ"), Map.entry('\u0133', "ij"),
            Map.entry('\u0138', "k"), Map.entry('\u013f', "L"), Map.entry('\u0140', "l"), Map.entry('\u0141', "L"),
            Map.entry('\u0142', "l"), Map.entry('\u0149', "'n"), Map.entry('\u014a', "N"), Map.entry('\u014b', "n"),
            Map.entry('\u0152', "Oe"), Map.entry('\u0153', "oe"), Map.entry('\u0166', "T"), Map.entry('\u0167', "t"),
            Map.entry('\u017f', "s"));

    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-zA-Z0-9_]+");
    private static final Pattern UPPER_RUN = Pattern.compile("[A-Z]+");
    private static final Pattern UNDERSCORES = Pattern.compile("__+");
    private static final Pattern LEADING_NOT_ALPHANUMERIC = Pattern.compile("^[^a-zA-Z0-9]+");
    private static final Pattern LEADING_DIGIT = Pattern.compile("^[0-9]");

    private Case() {
    }

    /** Each name is asked for many times while a schema is built (once per field that uses it). */
    private static final Map<String, String> CAMEL = new ConcurrentHashMap<>();
    private static final Map<String, String> CONSTANT = new ConcurrentHashMap<>();

    public static String camel(String text) {
        return CAMEL.computeIfAbsent(text, Case::toCamel);
    }

    private static String toCamel(String text) {
        List<String> words = words(APOSTROPHES.matcher(deburr(text)).replaceAll(""));
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
        return CONSTANT.computeIfAbsent(text, Case::toConstant);
    }

    private static String toConstant(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == '_') {
            start++;
        }
        int end = text.length();
        while (end > start && text.charAt(end - 1) == '_') {
            end--;
        }
        String middle = NOT_WORD.matcher(text.substring(start, end)).replaceAll("_");
        middle = UPPER_RUN.matcher(middle).replaceAll("_$0");
        middle = UNDERSCORES.matcher(middle).replaceAll("_");
        middle = LEADING_NOT_ALPHANUMERIC.matcher(middle).replaceFirst("");
        middle = LEADING_DIGIT.matcher(middle).replaceFirst("_$0").toUpperCase(Locale.ROOT);
        return text.substring(0, start) + middle + text.substring(end);
    }

    /**
     * lodash's {@code deburr}: Latin-1 Supplement and Latin Extended-A letters as basic Latin letters ({@code naïve}
     * is {@code naive}, {@code ß} is {@code ss}) and combining diacritical marks removed; other letters are kept.
     */
    static String deburr(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String letters = LATIN_LETTERS.get(c);
            if (letters != null) {
                out.append(letters);
            } else if (c >= '\u00c0' && c <= '\u017f' && c != '\u00d7' && c != '\u00f7') {
                out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0));
            } else if (!isCombiningMark(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isCombiningMark(char c) {
        return c >= '\u0300' && c <= '\u036f' || c >= '\ufe20' && c <= '\ufe2f' || c >= '\u20d0' && c <= '\u20ff';
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
