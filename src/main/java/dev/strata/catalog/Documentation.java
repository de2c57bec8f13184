package dev.strata.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A PostgreSQL comment split into smart tags and the description that follows them.
 *
 * <p>Leading lines of the form {@code @tag} or {@code @tag value} are tags; the first line that is not a tag
 * ends the tag block and it and everything after it is the description. A tag given several times keeps every
 * value in order. A tag without a value has the value {@code ""}.
 */
public record Documentation(String description, Map<String, List<String>> tags) {

    public static final Documentation NONE = new Documentation(null, Map.of());

    public Documentation {
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    public static Documentation parse(String comment) {
        if (comment == null || comment.isEmpty()) {
            return NONE;
        }
        Map<String, List<String>> tags = new LinkedHashMap<>();
        String[] lines = comment.split("\r?\n", -1);
        int line = 0;
        while (line < lines.length && isTagLine(lines[line])) {
            String text = lines[line].substring(1);
            int space = indexOfWhitespace(text);
            String name = space < 0 ? text : text.substring(0, space);
            String value = space < 0 ? "" : text.substring(space + 1).strip();
            tags.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            line++;
        }
        String description = String.join("\n", java.util.Arrays.asList(lines).subList(line, lines.length));
        return new Documentation(description.isEmpty() ? null : description, freeze(tags));
    }

    public boolean has(String tag) {
        return tags.containsKey(tag);
    }

    /** The last value given for the tag, if the tag is present. */
    public Optional<String> tag(String tag) {
        List<String> values = tags.get(tag);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    public List<String> values(String tag) {
        return tags.getOrDefault(tag, List.of());
    }

    private static boolean isTagLine(String line) {
        return line.length() > 1 && line.charAt(0) == '@' && Character.isLetter(line.charAt(1));
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, List<String>> freeze(Map<String, List<String>> tags) {
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        tags.forEach((name, values) -> frozen.put(name, List.copyOf(values)));
        return frozen;
    }
}
