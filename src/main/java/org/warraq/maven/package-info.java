/**
 * The Maven plugin {@code org.warraq:warraq-maven-plugin} (prefix {@code warraq}): the goals {@code build}
 * (bound to {@code package}), {@code check}, {@code serve} and {@code new} run the command line of the same
 * name with the same options, and {@code new-site} writes a publisher's repository.
 *
 * <p>Each goal turns its parameters into command-line arguments ({@link org.warraq.maven.CliArguments}, one
 * mapping, checked against the command line's own options by a test) and runs them through
 * {@link org.warraq.cli.Main#run}, the only entry into Warraq this package uses: in Maven's JVM, or in a new
 * JVM with a UTF-8 locale when Maven's cannot name files in UTF-8. Warraq's output goes to the Maven log:
 * problem lines as {@code [ERROR]} or {@code [WARNING]} lines exactly as the command line prints them, then
 * a failed goal for exit codes 1 and 2 (content, template, configuration or usage problems) and an error for
 * 3 (a bug in Warraq).
 *
 * <p>Uses: {@code cli}.
 */
package org.warraq.maven;
