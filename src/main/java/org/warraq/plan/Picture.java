package org.warraq.plan;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.warraq.media.ImageFormat;
import org.warraq.routes.Route;
import org.warraq.routes.Routes;

/**
 * An image of {@code content/} as pages show it: the file itself and its smaller copies, with sizes, so a
 * page can print {@code srcset}, {@code width} and {@code height}.
 *
 * @param original where the file itself is published (it stays at its own URL)
 * @param format   its format
 * @param width    width in pixels as shown (after its EXIF orientation); 0 when unknown (an SVG without sizes)
 * @param height   height in pixels as shown; 0 when unknown
 * @param hash     its content hash (a page showing it changes when the file does)
 * @param variants its smaller copies, narrowest first (JPEG and PNG only)
 */
public record Picture(Route original, ImageFormat format, int width, int height, String hash, List<Variant> variants) {
    /** The largest width a shared image ({@code og:image}) has: what social networks show at full size. */
    public static final int SHARE_WIDTH = 1200;

    public Picture {
        variants = List.copyOf(variants);
    }

    /** One file of the image at one size. */
    public record Variant(Route route, int width, int height) {
    }

    /**
     * The file to share on social networks ({@code og:image}, JSON-LD): the widest copy no wider than
     * {@value #SHARE_WIDTH} px, else the file itself when it is a JPEG or PNG; none for other formats.
     */
    public Optional<Variant> shared() {
        Optional<Variant> copy = variants.stream().filter(v -> v.width() <= SHARE_WIDTH).reduce((a, b) -> b);
        if (copy.isPresent()) {
            return copy;
        }
        return format.shareable() && width > 0 ? Optional.of(new Variant(original, width, height)) : Optional.empty();
    }

    /** Its files with their widths for {@code srcset} ("a-480w.jpg 480w, …"), each linked by {@code href}; null without copies. */
    public String srcset(Function<Route, String> href) {
        if (variants.isEmpty()) {
            return null;
        }
        return String.join(", ", variants.stream().map(v -> href.apply(v.route()) + " " + v.width() + "w").toList());
    }

    /** {@link #shared()} as the image a page gives social networks. */
    public Optional<ShareImage> shareImage(Routes routes) {
        return shared().map(v -> new ShareImage(routes.absolute(v.route()), v.width(), v.height()));
    }

    /** The file for {@code src} (and for feeds, which get no {@code srcset}): the shared one, else the file itself. */
    public Variant fallback() {
        return shared().orElse(new Variant(original, width, height));
    }
}
