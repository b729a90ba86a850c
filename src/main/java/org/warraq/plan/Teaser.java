package org.warraq.plan;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.warraq.content.Article;
import org.warraq.content.Image;
import org.warraq.routes.Route;

/**
 * What a list, a neighbour link, a sitemap or the news sitemap shows of an article (its front matter, never
 * its body). One per article, shared by every plan that lists it.
 *
 * @param contentPath the article's file below {@code content/}
 * @param route       its page
 * @param image       its lead image as front matter gives it
 * @param picture     that image's sizes and smaller copies, when it is a file of {@code content/}
 * @param section     its section's id
 * @param breaking    whether it is labelled as breaking news
 * @param language    its edition's language
 */
public record Teaser(String contentPath, Route route, String title, OffsetDateTime date,
                     Optional<OffsetDateTime> updated, Optional<String> dateline, Optional<String> sourceId,
                     String summary, Optional<Image> image, Optional<Picture> picture, Optional<String> section,
                     boolean breaking, String language) {

    static Teaser of(Article a, Route route, Optional<Picture> picture) {
        return new Teaser(a.contentPath(), route, a.title(), a.date(), a.updated(), a.dateline(), a.sourceId(),
                a.summary(), a.image(), picture, a.section(), a.breaking(), a.language());
    }

    /** The update time, or the publication time when there was no update. */
    public OffsetDateTime lastModified() {
        return updated.orElse(date);
    }
}
