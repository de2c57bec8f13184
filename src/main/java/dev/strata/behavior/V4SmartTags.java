package dev.strata.behavior;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates PostGraphile 4's smart tags into behavior text.
 *
 * <table>
 * <caption>{@code @omit} options</caption>
 * <tr><th>option</th><th>letter</th><th>PostGraphile 4 omits</th><th>behavior</th></tr>
 * <tr><td>create</td><td>C</td><td>create mutation; column from the create input</td><td>{@code -insert}</td></tr>
 * <tr><td>read</td><td>R</td><td>the column's field; the table's lookups (by key and by node id, and what
 *     {@code node(nodeId:)} fetches) and collections, not its type, which stays a node</td>
 *     <td>{@code -attribute:select -nodeId:resource:select -connection -list -single}, plus what create, update,
 *     delete, all and many give (PostGraphile 4 refuses {@code read} without them; Strata implies them).
 *     PostGraphile 5's V4 preset gives {@code -select -node} instead, so the table's row type is no node</td></tr>
 * <tr><td>update</td><td>U</td><td>update mutations; column from the patch</td><td>{@code -update}</td></tr>
 * <tr><td>delete</td><td>D</td><td>delete mutations</td><td>{@code -delete}</td></tr>
 * <tr><td>filter</td><td>F</td><td>condition argument; column from the condition</td>
 *     <td>{@code -filter -filterBy}</td></tr>
 * <tr><td>order</td><td>O</td><td>orderBy argument; column from orderBy</td><td>{@code -order -orderBy}</td></tr>
 * <tr><td>all</td><td>A</td><td>the {@code allPosts} root field</td>
 *     <td>{@code -query:resource:list -query:resource:connection}</td></tr>
 * <tr><td>many</td><td>M</td><td>backward (many) relation fields to this table</td>
 *     <td>{@code -singularRelation:resource:list -singularRelation:resource:connection
 *     -manyRelation:resource:list -manyRelation:resource:connection}</td></tr>
 * <tr><td>execute</td><td>X</td><td>the function</td><td>{@code -queryField -mutationField -typeField}</td></tr>
 * <tr><td>(no value), {@code *}</td><td></td><td>every action</td><td>every option above (the table's type stays
 *     for functions and forward relations that return its rows, a node with its node id as in PostGraphile 4; its row
 *     input stays for functions taking its rows)</td></tr>
 * </table>
 *
 * <p>Options are comma-separated (spaces tolerated) or {@code :} plus letters ({@code :CUD}). As in
 * PostGraphile 4, {@code select} and {@code insert} are ignored (with a warning suggesting {@code read} /
 * {@code create}); any other unknown option is ignored with a warning.
 * {@code @simpleCollections omit|only|both} gives {@code -list +connection} / {@code +list -connection} /
 * {@code +list +connection}; {@code @sortable} gives {@code +order +orderBy}; {@code @filterable} gives
 * {@code +filter +filterBy}.
 */
final class V4SmartTags {

    /** What {@code @omit} with no value (or {@code *}) omits: every option, as PostGraphile 4 and 5 read it. */
    private static final String OMIT_ALL = "create,read,update,delete,execute,filter,order,all,many";
    static final String SORTABLE = "+order +orderBy";
    static final String FILTERABLE = "+filter +filterBy";

    private static final List<String> READ_IMPLIES = List.of("create", "update", "delete", "all", "many");

    private static final Map<String, String> OMIT = Map.of(
            "create", "-insert",
            "read", "-attribute:select -nodeId:resource:select -connection -list -single",
            "update", "-update",
            "delete", "-delete",
            "filter", "-filter -filterBy",
            "order", "-order -orderBy",
            "all", "-query:resource:list -query:resource:connection",
            "many", "-singularRelation:resource:list -singularRelation:resource:connection"
                    + " -manyRelation:resource:list -manyRelation:resource:connection",
            "execute", "-queryField -mutationField -typeField");

    private static final Map<Character, String> LETTERS = Map.of(
            'C', "create", 'R', "read", 'U', "update", 'D', "delete", 'F', "filter",
            'O', "order", 'A', "all", 'M', "many", 'X', "execute");

    private V4SmartTags() {
    }

    /** The behavior text for an {@code @omit} value; {@code null} or blank means every option. */
    static String omit(String owner, String value, BehaviorWarnings warnings) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.equals("*")) {
            v = OMIT_ALL;
        }
        Set<String> options = new LinkedHashSet<>();
        for (String option : expand(owner, v, warnings)) {
            if (OMIT.containsKey(option)) {
                options.add(option);
                if (option.equals("read")) {
                    options.addAll(READ_IMPLIES);
                }
            } else if (option.equals("select")) {
                warnings.ignoredOmitOption(owner, option, "read");
            } else if (option.equals("insert")) {
                warnings.ignoredOmitOption(owner, option, "create");
            } else if (!option.isEmpty()) {
                warnings.unknownOmitOption(owner, option);
            }
        }
        List<String> behaviors = new ArrayList<>(options.size());
        for (String option : options) {
            behaviors.add(OMIT.get(option));
        }
        return String.join(" ", behaviors);
    }

    /** The behavior text for a {@code @simpleCollections} value; empty (with a warning) when not understood. */
    static String simpleCollections(String owner, String value, BehaviorWarnings warnings) {
        switch (value.strip()) {
            case "omit":
                return "-list +connection";
            case "only":
                return "+list -connection";
            case "both":
                return "+list +connection";
            default:
                warnings.unknownSimpleCollections(owner, value);
                return "";
        }
    }

    private static List<String> expand(String owner, String value, BehaviorWarnings warnings) {
        List<String> options = new ArrayList<>();
        if (value.startsWith(":")) {
            for (char letter : value.substring(1).toCharArray()) {
                String option = LETTERS.get(letter);
                if (option == null) {
                    warnings.unknownOmitOption(owner, ":" + letter);
                } else {
                    options.add(option);
                }
            }
            return options;
        }
        for (String part : value.split(",")) {
            options.add(part.strip());
        }
        return options;
    }
}
