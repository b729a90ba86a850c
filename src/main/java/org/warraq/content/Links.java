package org.warraq.content;

import java.util.Optional;

/**
 * How relative references in an article body (links and images such as {@code photo.jpg} or
 * {@code ../other-story.md}) become URLs. The render stage supplies one per article, because the answer
 * depends on where the article's page lives and which files exist.
 */
public interface Links {
    /** The URL to use on the article's page, or empty when the reference points at nothing. */
    Optional<String> onPage(String reference);

    /** The absolute URL, for feeds (readers have no page to resolve against). */
    Optional<String> absolute(String reference);

    /** Links for a body with no relative references to resolve (every such reference is reported). */
    Links NONE = new Links() {
        @Override
        public Optional<String> onPage(String reference) {
            return Optional.empty();
        }

        @Override
        public Optional<String> absolute(String reference) {
            return Optional.empty();
        }
    };
}
