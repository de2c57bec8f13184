package dev.strata.naming;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English plural and singular forms of the last word of an identifier, following the common rules of the
 * {@code pluralize} library PostGraphile uses (irregular words, uncountable words, suffix rules).
 */
final class English {

    private record Rule(Pattern pattern, String replacement) {
        static Rule of(String regex, String replacement) {
            return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), replacement);
        }
    }

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("person", "people"), Map.entry("man", "men"), Map.entry("woman", "women"),
            Map.entry("child", "children"), Map.entry("tooth", "teeth"), Map.entry("foot", "feet"),
            Map.entry("mouse", "mice"), Map.entry("goose", "geese"), Map.entry("ox", "oxen"),
            Map.entry("die", "dice"), Map.entry("quiz", "quizzes"), Map.entry("criterion", "criteria"),
            Map.entry("datum", "data"), Map.entry("index", "indices"), Map.entry("matrix", "matrices"),
            Map.entry("vertex", "vertices"), Map.entry("schema", "schemas"), Map.entry("move", "moves"));

    private static final Map<String, String> IRREGULAR_SINGULAR = IRREGULAR.entrySet().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    private static final Set<String> UNCOUNTABLE = Set.of("equipment", "information", "rice", "money", "species",
            "series", "fish", "sheep", "deer", "news", "moose", "police", "metadata", "traffic", "feedback",
            "software", "hardware", "staff", "research", "knowledge", "music", "advice", "bison", "aircraft");

    private static final List<Rule> PLURAL = List.of(
            Rule.of("(quiz)$", "$1zes"),
            Rule.of("^(ox)$", "$1en"),
            Rule.of("([ml])ouse$", "$1ice"),
            Rule.of("(matr|vert|ind)(?:ix|ex)$", "$1ices"),
            Rule.of("(x|ch|ss|sh|zz)$", "$1es"),
            Rule.of("([^aeiouy]|qu)y$", "$1ies"),
            Rule.of("(?:([^f])fe|([lr])f)$", "$1$2ves"),
            Rule.of("sis$", "ses"),
            Rule.of("([ti])um$", "$1a"),
            Rule.of("(buffal|tomat|potat|her|ech)o$", "$1oes"),
            Rule.of("(bu)s$", "$1ses"),
            Rule.of("(alias|status|campus)$", "$1es"),
            Rule.of("(octop|vir|radi|fung|cact|stimul)us$", "$1i"),
            Rule.of("(ax|test)is$", "$1es"),
            Rule.of("s$", "s"),
            Rule.of("$", "s"));

    private static final List<Rule> SINGULAR = List.of(
            Rule.of("(quiz)zes$", "$1"),
            Rule.of("(matr)ices$", "$1ix"),
            Rule.of("(vert|ind)ices$", "$1ex"),
            Rule.of("^(ox)en$", "$1"),
            Rule.of("(alias|status|campus)(es)?$", "$1"),
            Rule.of("(octop|vir|radi|fung|cact|stimul)(us|i)$", "$1us"),
            Rule.of("(cris|ax|test)es$", "$1is"),
            Rule.of("(shoe)s$", "$1"),
            Rule.of("(o)es$", "$1"),
            Rule.of("(bus)(es)?$", "$1"),
            Rule.of("([ml])ice$", "$1ouse"),
            Rule.of("(x|ch|ss|sh|zz)es$", "$1"),
            Rule.of("(m)ovies$", "$1ovie"),
            Rule.of("(s)eries$", "$1eries"),
            Rule.of("([^aeiouy]|qu)ies$", "$1y"),
            Rule.of("([lr])ves$", "$1f"),
            Rule.of("(tive)s$", "$1"),
            Rule.of("(hive)s$", "$1"),
            Rule.of("([^f])ves$", "$1fe"),
            Rule.of("(^analy)(sis|ses)$", "$1sis"),
            Rule.of("((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)(sis|ses)$", "$1sis"),
            Rule.of("([ti])a$", "$1um"),
            Rule.of("(n)ews$", "$1ews"),
            Rule.of("(ss)$", "$1"),
            Rule.of("(us)$", "$1"),
            Rule.of("s$", ""));

    private English() {
    }

    // A schema build asks the same few thousand identifiers again and again (a fifth of building 1 000 tables went
    // to the rules' regular expressions); the answers are few, as the catalog's names are.
    private static final Map<String, String> PLURALS = new ConcurrentHashMap<>();
    private static final Map<String, String> SINGULARS = new ConcurrentHashMap<>();

    static String plural(String word) {
        return PLURALS.computeIfAbsent(word, w -> inflect(w, IRREGULAR, PLURAL));
    }

    static String singular(String word) {
        return SINGULARS.computeIfAbsent(word, w -> inflect(w, IRREGULAR_SINGULAR, SINGULAR));
    }

    /** Inflects the last word of a snake_case or camelCase identifier, keeping the rest and the case. */
    private static String inflect(String identifier, Map<String, String> irregular, List<Rule> rules) {
        int start = lastWordStart(identifier);
        String head = identifier.substring(0, start);
        String word = identifier.substring(start);
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || UNCOUNTABLE.contains(lower)) {
            return identifier;
        }
        String irregularForm = irregular.get(lower);
        if (irregularForm != null) {
            return head + restoreCase(word, irregularForm);
        }
        if (irregular.containsValue(lower)) {
            return identifier;
        }
        for (Rule rule : rules) {
            Matcher matcher = rule.pattern().matcher(word);
            if (matcher.find()) {
                int at = matcher.start();
                boolean appended = matcher.group().isEmpty();
                String inflected = matcher.replaceFirst(rule.replacement());
                // pluralize restores an appended ending's case from the character before it: "item_2024" → "item_2024S"
                if (appended && at > 0 && !Character.isLowerCase(word.charAt(at - 1))) {
                    inflected = inflected.substring(0, at) + inflected.substring(at).toUpperCase(Locale.ROOT);
                }
                return head + inflected;
            }
        }
        return identifier;
    }

    private static int lastWordStart(String identifier) {
        for (int i = identifier.length() - 1; i > 0; i--) {
            char c = identifier.charAt(i);
            if (identifier.charAt(i - 1) == '_') {
                return i;
            }
            if (Character.isUpperCase(c) && !Character.isUpperCase(identifier.charAt(i - 1))) {
                return i;
            }
        }
        return 0;
    }

    private static String restoreCase(String original, String replacement) {
        if (Character.isUpperCase(original.charAt(0))) {
            return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        return replacement;
    }
}
