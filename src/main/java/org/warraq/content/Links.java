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

    /**
     * How the image file {@code reference} names is printed: on the article's page ({@code feed} false) with its
     * smaller copies, for feeds with an absolute {@code src}; empty when it is no image the site shows.
     */
    default Optional<ImageSource> image(String reference, boolean feed) {
        return Optional.empty();
    }

    /** How an embed is written on the article's page (the render stage writes it with the theme's words). */
    default String embed(Embed embed) {
        return embed.link();
    }

    /**
     * The attributes of an image in a body.
     *
     * @param src    the URL for {@code src}
     * @param srcset {@code srcset}, or null
     * @param sizes  {@code sizes}, or null
     * @param width  {@code width} in pixels, 0 when unknown
     * @param height {@code height} in pixels, 0 when unknown
     */
    record ImageSource(String src, String srcset, String sizes, int width, int height) {
    }

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
