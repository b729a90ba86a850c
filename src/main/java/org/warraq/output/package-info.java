/**
 * Writing: the output folder, whose it is (its marker and locks) and its safe replacement (staging, then a
 * journal of renames in place or a whole swap), the build state ({@code .warraq/state}) and the sinks that
 * write only what changed.
 *
 * <p>Uses: {@code diag}, {@code files}, {@code util}.
 */
package org.warraq.output;
