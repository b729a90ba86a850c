package org.warraq.config;

import java.util.List;

/**
 * What the entries of each kind of feed carry ({@code feed_content} in {@code site.yaml}): the whole article
 * or its summary. By default the site's feeds ({@code /feed.xml}, {@code /rss.xml}) carry whole articles and
 * the feeds of one tag or one source carry summaries, which link to the article: a reader following a tag
 * gets the news without every body being repeated in dozens of feeds.
 *
 * @param site    the site's feeds
 * @param tags    each tag's feeds ({@code /tags/<slug>/feed.xml}, {@code rss.xml})
 * @param sources each source's feeds ({@code /sources/<id>/feed.xml}, {@code rss.xml})
 */
public record FeedContents(FeedContent site, FeedContent tags, FeedContent sources) {
    /** The defaults: whole articles in the site's feeds, summaries in the feeds of a tag or a source. */
    public static final FeedContents DEFAULT = new FeedContents(FeedContent.FULL, FeedContent.SUMMARY, FeedContent.SUMMARY);

    /** The keys of the mapping form, {@code feed_content: {site: full, tags: summary, sources: summary}}. */
    static final List<String> KEYS = List.of("site", "tags", "sources");

    /** Every kind of feed the same (the scalar form, {@code feed_content: full}, as before kinds were told apart). */
    static FeedContents all(FeedContent content) {
        return new FeedContents(content, content, content);
    }
}
