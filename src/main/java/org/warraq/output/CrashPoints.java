package org.warraq.output;

/**
 * Named points of a commit where the kill test ({@code output.KillIT}) stops the process as SIGKILL would
 * (no cleanup, no shutdown hooks), to check that every point leaves a site the next build recovers. Set by
 * the system property {@code warraq.test.crash-at}; never set in use.
 */
final class CrashPoints {
    static final String PROPERTY = "warraq.test.crash-at";

    private CrashPoints() {
    }

    static void reached(String point) {
        if (point.equals(System.getProperty(PROPERTY))) {
            Runtime.getRuntime().halt(137);
        }
    }
}
