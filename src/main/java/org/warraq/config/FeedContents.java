package org.warraq.config;

import java.util.List;

/**
 * What the entries of each kind of feed carry ({@code feed_content} in {@code site.yaml}): the whole article
 * or its summary. By default the site's feeds ({@code /feed.xml}, {@code /rss.xml}) carry whole articles and
 * the feeds of one tag, source, section or author carry summaries, which link to the article: a reader following a tag
 * gets the news without every body being repeated in dozens of feeds.
 *
 * @param site    the site's feeds
 * @param tags    each tag's feeds ({@code /tags/<slug>/feed.xml}, {@code rss.xml})
 * @param sources  each source's feeds ({@code /sources/<id>/feed.xml}, {@code rss.xml})
 * @param sections each section's feeds
 * @param authors  each author's feeds
 */
public record FeedContents(FeedContent site, FeedContent tags, FeedContent sources, FeedContent sections,
                           FeedContent authors) {
    /** The defaults: whole articles in the site's feeds, summaries in the feeds of one group of articles. */
    public static final FeedContents DEFAULT = new FeedContents(FeedContent.FULL, FeedContent.SUMMARY,
            FeedContent.SUMMARY, FeedContent.SUMMARY, FeedContent.SUMMARY);

    /** The keys of the mapping form, {@code feed_content: {site: full, tags: summary, …}}. */
    static final List<String> KEYS = List.of("site", "tags", "sources", "sections", "authors");

    /** Every kind of feed the same (the scalar form, {@code feed_content: full}, as before kinds were told apart). */
    static FeedContents all(FeedContent content) {
        return new FeedContents(content, content, content, content, content);
    }
}
