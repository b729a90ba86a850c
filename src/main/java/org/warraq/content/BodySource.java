package org.warraq.content;

import java.util.Optional;
import org.warraq.diag.Problems;

/**
 * How the render stage gets article bodies from the load stage: bodies are not kept in memory after loading
 * (a site of 100,000 articles fits in a small heap); each is read again from its file when its page is
 * rendered, and refused with a problem when the file changed since it was loaded (its hash differs).
 */
@FunctionalInterface
public interface BodySource {
    /** The Markdown body of {@code article}, cleaned as it was when loaded; empty with a problem when unreadable. */
    Optional<Text> read(Article article, Problems problems);

    /**
     * An article's Markdown body.
     *
     * @param markdown  the body text
     * @param firstLine the line of the file its first line is on (for positions of problems in it)
     */
    record Text(String markdown, int firstLine) {
    }
}
