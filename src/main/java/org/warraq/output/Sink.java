package org.warraq.output;

import java.nio.file.Path;

/** Where the render stage puts files. Every method may be called from many threads. */
public interface Sink {
    /**
     * Whether the file at {@code path} is already what {@code fingerprint} describes (then it is kept and
     * need not be rendered).
     */
    boolean isCurrent(String path, String fingerprint);

    void write(String path, String fingerprint, byte[] bytes);

    void copy(String path, String fingerprint, Path source);

    /** Whether files given to it are kept (false for {@code warraq check}, which need not make what it drops). */
    default boolean writes() {
        return true;
    }

    /**
     * Records the digest of every input of this build. Returns true when it equals the previous build's
     * and every file that build wrote is still there: then the site is already what this build would
     * write, and rendering can be skipped.
     */
    default boolean sameInputs(String inputs) {
        return false;
    }

    /** How many pages the site had after the build whose inputs {@link #sameInputs} found equal. */
    default int previousPages() {
        return 0;
    }
}
