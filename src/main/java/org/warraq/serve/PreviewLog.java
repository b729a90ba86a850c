package org.warraq.serve;

import java.util.List;
import org.warraq.diag.Problem;
import org.warraq.pipeline.BuildResult;

/** What the preview tells the terminal. */
public interface PreviewLog {
    /** A build succeeded (its warnings are in the result). */
    void built(BuildResult result);

    /** A build failed with these problems. */
    void failed(List<Problem> problems);

    /** Anything else: the address, stopping. */
    void info(String line);

    /** Says nothing (tests). */
    PreviewLog QUIET = new PreviewLog() {
        @Override
        public void built(BuildResult result) {
        }

        @Override
        public void failed(List<Problem> problems) {
        }

        @Override
        public void info(String line) {
        }
    };
}
