package org.warraq.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.warraq.diag.Position;
import org.warraq.files.ContentPaths;
import org.warraq.util.Urls;
import org.warraq.yaml.YamlFields;
import org.warraq.yaml.YamlList;
import org.warraq.yaml.YamlNode;
import org.warraq.yaml.YamlScalar;

/**
 * How images are published: {@code image_widths}, {@code image_max_megapixels} and {@code og_image} of
 * {@code site.yaml}.
 *
 * @param widths       the widths of the smaller copies of JPEG and PNG images, in pixels, ascending
 * @param maxPixels    the largest image accepted, in pixels
 * @param shareImage   the image social networks show for pages without their own: an http(s) address or
 *                     a JPEG or PNG file of {@code content/} by its content path
 * @param shareImageAt where {@code og_image} is written (problems with its file point there)
 * @param registryImages the files of {@code content/} that the sections and authors registries name as their
 *                     {@code image} (section images, author photos), each with where it is first written
 */
public record ImageSettings(List<Integer> widths, long maxPixels, Optional<String> shareImage, Position shareImageAt,
                            Map<String, Position> registryImages) {
    static final List<Integer> DEFAULT_WIDTHS = List.of(480, 960, 1440);
    static final int DEFAULT_MEGAPIXELS = 50;

    public ImageSettings {
        widths = List.copyOf(new TreeSet<>(widths));
        registryImages = Collections.unmodifiableMap(new LinkedHashMap<>(registryImages));
    }

    /**
     * Reads the keys from {@code f}; {@code contentDir} is where {@code og_image} files are; {@code registryImages}
     * are the registries' image files.
     */
    static ImageSettings read(YamlFields f, Path contentDir, Map<String, Position> registryImages) {
        List<Integer> widths = widths(f);
        long maxPixels = f.integer("image_max_megapixels", 1, 1000).orElse(DEFAULT_MEGAPIXELS) * 1_000_000L;
        Position at = f.entry("og_image").map(e -> e.value().at()).orElse(Position.START);
        Optional<String> share = f.text("og_image").map(String::strip).filter(s -> !s.isEmpty())
                .flatMap(value -> shareImage(f, at, value, contentDir));
        return new ImageSettings(widths, maxPixels, share, at, registryImages);
    }

    private static List<Integer> widths(YamlFields f) {
        Optional<YamlNode> value = f.entry("image_widths").map(e -> e.value());
        if (value.isEmpty() || value.get() instanceof YamlScalar s && s.isNull()) {
            return DEFAULT_WIDTHS;
        }
        List<YamlNode> items = value.get() instanceof YamlList list ? list.items() : List.of(value.get());
        TreeSet<Integer> widths = new TreeSet<>();
        for (YamlNode item : items) {
            Optional<Integer> w = item instanceof YamlScalar s && s.kind() == YamlScalar.Kind.INTEGER
                    ? parse(s.text()) : Optional.empty();
            if (w.isEmpty() || w.get() < 16 || w.get() > 8192) {
                f.error(item.at(), "each of 'image_widths' must be a width in pixels between 16 and 8192",
                        "e.g. image_widths: [480, 960, 1440]");
            } else {
                widths.add(w.get());
            }
        }
        if (items.isEmpty()) {
            f.error(value.get().at(), "'image_widths' needs at least one width", "e.g. image_widths: [480, 960, 1440]");
        }
        return widths.isEmpty() ? DEFAULT_WIDTHS : List.copyOf(widths);
    }

    private static Optional<Integer> parse(String text) {
        try {
            return Optional.of(Integer.parseInt(text.replace("_", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> shareImage(YamlFields f, Position at, String value, Path contentDir) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".svg") || lower.endsWith(".svgz")) {
            f.error(at, "'og_image' cannot be an SVG: social networks do not show them", "use a JPEG or PNG of at least 1200×630");
            return Optional.empty();
        }
        if (Urls.isHttp(value)) {
            return Optional.of(value);
        }
        Optional<String> path = ContentPaths.resolve("", value);
        if (path.isEmpty() || !(lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".png"))) {
            f.error(at, "'og_image' must be a JPEG or PNG file in content/ or an http(s) address",
                    "e.g. og_image: images/share.jpg");
            return Optional.empty();
        }
        if (!Files.isRegularFile(contentDir.resolve(path.get()))) {
            f.error(at, "og_image file '" + path.get() + "' not found in content/", "the path is taken from content/");
            return Optional.empty();
        }
        return path;
    }
}
