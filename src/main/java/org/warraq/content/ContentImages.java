package org.warraq.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.warraq.config.SiteConfig;
import org.warraq.diag.Position;
import org.warraq.diag.Problems;
import org.warraq.files.ContentPaths;
import org.warraq.files.SiteLayout;
import org.warraq.media.ImageFacts;
import org.warraq.media.ImageFormat;
import org.warraq.media.Imaging;
import org.warraq.media.Probed;
import org.warraq.util.Workers;

/**
 * The images the site shows: every local lead image, every image file a body refers to, the section images and
 * author photos of the registries, and the site's {@code og_image}. Each is probed (through {@link Imaging}'s cache); one that cannot be published (not an
 * image, cut short, over the pixel limit) is an error at each line that names it.
 */
final class ContentImages {
    private ContentImages() {
    }

    /** One place an image is named: by an article's lead image or body, as written there. */
    private record Use(Article article, String written, boolean lead) {
    }

    static Map<String, ImageFacts> probe(SiteConfig config, List<Article> articles, List<String> files,
                                         Imaging imaging, ArticleReader reader, Workers workers, Problems problems) {
        Set<String> present = new HashSet<>(files);
        Map<String, List<Use>> uses = new TreeMap<>();
        for (Article a : articles) {
            a.image().filter(Image::local).ifPresent(i -> uses.computeIfAbsent(i.src(), k -> new ArrayList<>())
                    .add(new Use(a, i.src(), true)));
            String folder = ContentPaths.folder(a.contentPath());
            for (String reference : a.references()) {
                Optional<String> target = ContentPaths.resolve(folder, ContentPaths.pathOf(reference))
                        .filter(present::contains).filter(p -> ImageFormat.ofName(p).isPresent());
                target.ifPresent(t -> uses.computeIfAbsent(t, k -> new ArrayList<>()).add(new Use(a, reference, false)));
            }
        }
        Set<String> paths = new HashSet<>(uses.keySet());
        Optional<String> share = config.images().shareImage().filter(present::contains);
        share.ifPresent(paths::add);
        Map<String, Position> registry = config.images().registryImages();
        registry.keySet().stream().filter(present::contains).forEach(paths::add);
        Map<String, Probed> probed = imaging.probe(reader.contentDir(), paths, workers);
        Map<String, ImageFacts> images = new LinkedHashMap<>();
        probed.forEach((path, p) -> {
            if (p.facts().isPresent()) {
                images.put(path, p.facts().get());
                return;
            }
            for (Use use : uses.getOrDefault(path, List.of())) {
                problems.error(use.article().file(), reader.referenceAt(use.article(), use.written(), use.lead()),
                        "image '" + path + "' " + p.problem(), p.hint());
            }
            if (share.equals(Optional.of(path))) {
                problems.error(SiteLayout.CONFIG, config.images().shareImageAt(), "og_image '" + path + "' " + p.problem(), p.hint());
            }
            if (registry.containsKey(path)) {
                problems.error(SiteLayout.CONFIG, registry.get(path), "image '" + path + "' " + p.problem(), p.hint());
            }
        });
        return images;
    }
}
