package org.warraq.diag;

import java.util.List;

/**
 * A build that cannot go on, with every problem found by the stage that stopped it.
 * The CLI prints the problems and exits with {@link #exitCode()}.
 */
public final class BuildFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Content or template problems. */
    public static final int CONTENT = 1;
    /** Usage or configuration problems. */
    public static final int CONFIG = 2;

    private final int exitCode;
    private final transient List<Problem> problems;

    public BuildFailure(int exitCode, List<Problem> problems) {
        super(problems.isEmpty() ? "build failed" : problems.get(0).format(), null, false, false);
        this.exitCode = exitCode;
        this.problems = List.copyOf(problems);
    }

    /** A configuration or usage problem about a whole file (or the command line). */
    public static BuildFailure config(String path, String message, String hint) {
        return new BuildFailure(CONFIG, List.of(Problem.error(path, Position.START, message, hint)));
    }

    /**
     * A file that could not be read or written, for a reason outside the site's text (a full disk, a folder
     * without permission, a read-only file system): {@code path: error: cause (hint)}, exit code 2.
     *
     * @param path the file, as the user should see it (relative to the site folder where it is in it)
     */
    public static BuildFailure io(String path, java.io.IOException e) {
        return new BuildFailure(CONFIG, List.of(IoCause.of(e).problem(path)));
    }

    public int exitCode() {
        return exitCode;
    }

    public List<Problem> problems() {
        return problems;
    }
}
