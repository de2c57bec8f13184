package dev.strata.behavior;

/**
 * One piece of an entity's behavior string.
 *
 * @param source label each of its fragments carries, shown by {@link ResolvedBehavior#explain}
 * @param owner  who wrote the text, named in warnings (an entity such as {@code table app.users})
 * @param text   the behavior text; may be empty
 */
record Layer(String source, String owner, String text) {
}
