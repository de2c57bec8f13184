/**
 * Limits of what one request may ask for (depth, cost, page size, fields, aliases, introspection) and of how long
 * and how its SQL runs (statement timeout, JIT), checked before any SQL runs.
 */
package dev.strata.limits;
