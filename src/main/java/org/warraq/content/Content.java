package org.warraq.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.warraq.media.ImageFacts;

/**
 * What the load stage hands on: the published articles (sorted by file path), the other files of
 * {@code content/} to copy as they are, and the way to their bodies.
 *
 * @param folder   the {@code content/} folder
 * @param articles articles to publish (drafts only when asked for)
 * @param files    content-relative paths of non-Markdown files to publish
 * @param stamps   for each of {@code files}, its size and the hash of its bytes
 * @param cleaned  what to publish instead of a file's own bytes, by path (SVG images, cleaned of script)
 * @param drafts   how many drafts were left out
 * @param bodies   the articles' bodies, read again when rendered
 * @param preview  whether drafts are published (a preview: every page is kept out of search engines)
 * @param images   what each image the site shows is (lead images, images in bodies, section images, author
 *                 photos, the site's og_image), by content path
 */
public record Content(Path folder, List<Article> articles, List<String> files, Map<String, String> stamps,
                      Map<String, byte[]> cleaned, int drafts, BodySource bodies, boolean preview,
                      Map<String, ImageFacts> images) {
    public Content {
        articles = List.copyOf(articles);
        files = List.copyOf(files);
        stamps = Map.copyOf(stamps);
        cleaned = Map.copyOf(cleaned);
        images = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(images));
    }

    /** The articles of the edition of {@code language}, in the same order. */
    public List<Article> articlesIn(String language) {
        return articles.stream().filter(a -> a.language().equals(language)).toList();
    }

    /** What says whether the published copy of a file of {@code content/} is current: its size and hash. */
    public String stamp(String file) {
        String stamp = stamps.get(file);
        if (stamp == null) {
            throw new IllegalArgumentException("not a content file: " + file);
        }
        return stamp;
    }
}
