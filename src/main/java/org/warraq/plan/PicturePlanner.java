package org.warraq.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warraq.content.Content;
import org.warraq.media.ImageFacts;
import org.warraq.media.Imaging;
import org.warraq.routes.Route;
import org.warraq.routes.Routes;
import org.warraq.util.Urls;

/**
 * The pictures of the site (each image the site shows, with its smaller copies) and the copies to make: one
 * {@link CopyPlan.ImageVariant} per file, beside its image, named by width and content hash.
 */
final class PicturePlanner {
    /** Hex digits of the content hash in a copy's name. */
    private static final int TAG = 10;

    private final Map<String, Picture> pictures = new LinkedHashMap<>();
    private final Map<String, CopyPlan> variants = new LinkedHashMap<>();
    private final Routes routes;

    PicturePlanner(Content content, Routes routes, Imaging imaging) {
        this.routes = routes;
        content.images().forEach((path, facts) -> pictures.put(path, picture(path, facts, imaging)));
    }

    private Picture picture(String path, ImageFacts f, Imaging imaging) {
        List<Picture.Variant> list = new ArrayList<>();
        for (int width : imaging.widths(f)) {
            Route route = routes.imageVariant(path, width, f.hash().substring(0, TAG), f.format().extension());
            list.add(new Picture.Variant(route, width, Imaging.height(f, width)));
            // Two names of one file (photo.jpg, photo.jpeg) give one copy: same content, same width, same bytes.
            variants.putIfAbsent(route.filePath(), new CopyPlan.ImageVariant(route, path, f, width, imaging.key(f, width)));
        }
        return new Picture(routes.contentFile(path), f.format(), f.width(), f.height(), f.hash(), list);
    }

    /** Each image the site shows, by content path. */
    Map<String, Picture> pictures() {
        return pictures;
    }

    Optional<Picture> picture(String contentPath) {
        return Optional.ofNullable(pictures.get(contentPath));
    }

    /** The smaller copies to make, one per file. */
    List<CopyPlan> variants() {
        return List.copyOf(variants.values());
    }

    /**
     * The image to share for {@code value} (an http(s) address, or an image of {@code content/} by its content
     * path): a picture's shared copy with its size, or the address as it is.
     */
    Optional<ShareImage> share(String value) {
        if (Urls.isHttp(value)) {
            return Optional.of(new ShareImage(value, 0, 0));
        }
        return picture(value).flatMap(p -> p.shareImage(routes));
    }
}
