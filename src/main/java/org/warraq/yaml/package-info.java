/**
 * A YAML tree that keeps the position of every key and value (on Jackson's streaming YAML parser),
 * with aliases refused and nesting and size capped; typed, positioned access to a mapping's keys.
 *
 * <p>Uses: {@code diag}.
 */
package org.warraq.yaml;
