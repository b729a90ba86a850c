/**
 * Writing: the output folder and its atomic replacement, staging with hard links, the build state
 * ({@code .warraq/state}) and the sinks that write only what changed.
 *
 * <p>Uses: {@code diag}, {@code files}, {@code util}.
 */
package org.warraq.output;
