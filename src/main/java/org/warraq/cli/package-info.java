/**
 * The command line: {@code warraq build}, {@code check}, {@code new} and {@code serve} (picocli);
 * how failures are shown and the exit codes (0 built, 1 content or template problems, 2 usage or
 * configuration problems, 3 an internal error). {@code Main.run(String[], PrintWriter,
 * PrintWriter)} is the entry point other tools (the Maven plugin) call.
 *
 * <p>Uses: {@code config}, {@code diag}, {@code files}, {@code pipeline}, {@code serve}, {@code
 * text}, {@code util}.
 */
package org.warraq.cli;
