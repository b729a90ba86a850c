package org.warraq.render;

import java.util.Locale;
import java.util.Optional;
import org.warraq.content.Image;
import org.warraq.plan.Picture;
import org.warraq.plan.ShareImage;
import org.warraq.plan.SitePlan;
import org.warraq.render.view.Head;
import org.warraq.render.view.ImageView;
import org.warraq.routes.Route;
import org.warraq.routes.Routes;
import org.warraq.util.Urls;

/**
 * The images of pages, each given as an http(s) address or a file of {@code content/} by its content path: as
 * a page prints it (an {@link ImageView} with {@code srcset}, {@code width} and {@code height} when it is a
 * JPEG or PNG of {@code content/}), and as social networks get it ({@link ShareImage}: never an SVG, which they
 * do not show). Lead images, thumbnails, section images and author photos all come from here.
 */
final class Pictures {
    private final Routes routes;
    private final SitePlan plan;

    Pictures(Routes routes, SitePlan plan) {
        this.routes = routes;
        this.plan = plan;
    }

    /** An article's lead image seen from {@code here}; {@code picture} is its sizes and copies as its plan has them. */
    ImageView view(Route here, Image image, Optional<Picture> picture) {
        return view(here, image.src(), picture, image.alt(), image.caption().orElse(null), image.credit().orElse(null));
    }

    /** A registry's image (an author's photo, a section's image) seen from {@code here}. */
    ImageView view(Route here, String src, String alt) {
        return view(here, src, picture(src), alt, null, null);
    }

    private ImageView view(Route here, String src, Optional<Picture> picture, String alt, String caption,
                           String credit) {
        if (picture.isEmpty()) {
            String href = Urls.isHttp(src) ? src : routes.href(here, routes.contentFile(src));
            return new ImageView(href, null, null, null, alt, caption, credit);
        }
        Picture p = picture.get();
        return new ImageView(routes.href(here, p.fallback().route()), p.srcset(to -> routes.href(here, to)),
                size(p.width()), size(p.height()), alt, caption, credit);
    }

    /**
     * The image social networks get for {@code src}: an address on another site unless it names an SVG; a file of
     * {@code content/} by its widest copy no wider than 1200 px, or itself when it is a JPEG or PNG.
     */
    Optional<ShareImage> share(String src) {
        if (Urls.isHttp(src)) {
            String path = src.replaceFirst("[?#].*$", "").toLowerCase(Locale.ROOT);
            return path.endsWith(".svg") || path.endsWith(".svgz") ? Optional.empty()
                    : Optional.of(new ShareImage(src, 0, 0));
        }
        return picture(src).flatMap(p -> p.shareImage(routes));
    }

    /** The site's image for social networks ({@code og_image}), shown by pages without their own. */
    Optional<ShareImage> site() {
        return plan.shareImage();
    }

    /** {@code head} with {@code image} for social networks, its alternative {@code alt}. */
    static Head withImage(Head head, ShareImage image, String alt) {
        return head.withImage(image.url(), alt, size(image.width()), size(image.height()));
    }

    private Optional<Picture> picture(String src) {
        return Urls.isHttp(src) ? Optional.empty() : plan.pictureOf(src);
    }

    /** A size for templates: null when unknown. */
    private static Integer size(int pixels) {
        return pixels > 0 ? pixels : null;
    }
}
