package org.warraq.plan;

import org.warraq.media.ImageFacts;
import org.warraq.routes.Route;

/** A file published as it is, with the key that says whether the published copy is current. */
public sealed interface CopyPlan {
    Route route();

    String key();

    <R> R accept(Visitor<R> visitor);

    /** What every consumer of copies implements: one method per kind. */
    interface Visitor<R> {
        R themeFile(ThemeFile file);

        R contentFile(ContentFile file);

        R cleanedFile(CleanedFile file);
        R imageVariant(ImageVariant variant);
    }

    /** A file of the theme's {@code static/} folder, published under {@code /assets/}; read once per build. */
    record ThemeFile(Route route, String name, byte[] bytes, String key) implements CopyPlan {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.themeFile(this);
        }
    }

    /** A file of {@code content/} that is not an article (an image), published at its own path. */
    record ContentFile(Route route, String contentPath, String key) implements CopyPlan {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.contentFile(this);
        }
    }

    /**
     * A file of {@code content/} published with other bytes than its own: an SVG image cleaned of what could
     * run (keyed by the cleaned bytes' hash).
     */
    record CleanedFile(Route route, String contentPath, byte[] bytes, String key) implements CopyPlan {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.cleanedFile(this);
        }
    }

    /**
     * A smaller copy of an image of {@code content/}, beside it ({@code photo-960w-<hash>.jpg}): encoded by the
     * render stage, kept in Warraq's store of variants, keyed by the image's content hash and the width.
     *
     * @param contentPath the image it is a copy of
     * @param facts       what that image is
     * @param width       the copy's width in pixels
     */
    record ImageVariant(Route route, String contentPath, ImageFacts facts, int width, String key) implements CopyPlan {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.imageVariant(this);
        }
    }
}
