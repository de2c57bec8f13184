package dev.strata.naming;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PostGraphile 4's escaping of enum labels into GraphQL enum value names: the empty label is {@code _EMPTY_},
 * asterisks become {@code ASTERISK}, a label that is one operator or punctuation symbol gets its English name, and
 * the result is in constant case. Labels that still give no valid GraphQL name ({@code "é"}, {@code "__x"}) have
 * none: PostGraphile 4 then fails the whole schema, Strata leaves the enum out.
 */
final class EnumLabels {

    private static final Pattern GRAPHQL_NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry(">", "GREATER_THAN"), Map.entry(">=", "GREATER_THAN_OR_EQUAL"), Map.entry("=", "EQUAL"),
            Map.entry("!=", "NOT_EQUAL"), Map.entry("<>", "DIFFERENT"), Map.entry("<=", "LESS_THAN_OR_EQUAL"),
            Map.entry("<", "LESS_THAN"), Map.entry("~~", "LIKE"), Map.entry("~~*", "ILIKE"),
            Map.entry("!~~", "NOT_LIKE"), Map.entry("!~~*", "NOT_ILIKE"), Map.entry("~", "TILDE"),
            Map.entry("~*", "TILDE_ASTERISK"), Map.entry("!~", "NOT_TILDE"), Map.entry("!~*", "NOT_TILDE_ASTERISK"),
            Map.entry("%", "PERCENT"), Map.entry("+", "PLUS"), Map.entry("-", "MINUS"), Map.entry("/", "SLASH"),
            Map.entry("\\", "BACKSLASH"), Map.entry("_", "UNDERSCORE"), Map.entry("#", "POUND"),
            Map.entry("£", "STERLING"), Map.entry("$", "DOLLAR"), Map.entry("&", "AMPERSAND"), Map.entry("@", "AT"),
            Map.entry("'", "APOSTROPHE"), Map.entry("\"", "QUOTE"), Map.entry("`", "BACKTICK"),
            Map.entry(":", "COLON"), Map.entry(";", "SEMICOLON"), Map.entry("!", "EXCLAMATION_POINT"),
            Map.entry("?", "QUESTION_MARK"), Map.entry(",", "COMMA"), Map.entry(".", "DOT"), Map.entry("^", "CARET"),
            Map.entry("|", "BAR"), Map.entry("[", "OPEN_BRACKET"), Map.entry("]", "CLOSE_BRACKET"),
            Map.entry("(", "OPEN_PARENTHESIS"), Map.entry(")", "CLOSE_PARENTHESIS"), Map.entry("{", "OPEN_BRACE"),
            Map.entry("}", "CLOSE_BRACE"));

    private EnumLabels() {
    }

    /** The GraphQL name of the label, or empty when it has none. */
    static Optional<String> valueName(String label) {
        String escaped = label.isEmpty() ? "_EMPTY_" : label.replace("*", "_ASTERISK_")
                .replaceFirst("^(_?)_+ASTERISK", "$1ASTERISK")
                .replaceFirst("ASTERISK_(_?)_*$", "ASTERISK$1");
        String name = Case.constant(SYMBOLS.getOrDefault(escaped, escaped));
        return GRAPHQL_NAME.matcher(name).matches() && !name.startsWith("__") ? Optional.of(name) : Optional.empty();
    }
}
