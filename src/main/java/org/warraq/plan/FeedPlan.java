package org.warraq.plan;

import java.util.List;
import java.util.Optional;
import org.warraq.config.FeedContent;
import org.warraq.content.Article;
import org.warraq.routes.FeedFormat;
import org.warraq.routes.FeedScope;
import org.warraq.routes.Route;

/**
 * One feed file: the site's or a group's newest articles in Atom or RSS.
 *
 * @param route   where it is written
 * @param format  Atom or RSS
 * @param scope   whose articles
 * @param name    the group's shown name (empty for the site's feeds)
 * @param content whether entries carry the whole article or its summary ({@code feed_content})
 * @param entries the newest articles, newest first, at most {@code feed_size}
 */
public record FeedPlan(Route route, FeedFormat format, FeedScope scope, Optional<String> name, FeedContent content,
                       List<Entry> entries) {
    public FeedPlan {
        entries = List.copyOf(entries);
    }

    /**
     * One entry: the article, and where the relative references of its body lead (when the body is in the
     * feed; empty in a feed of summaries).
     */
    public record Entry(Article article, List<String> linkTargets) {
        public Entry {
            linkTargets = List.copyOf(linkTargets);
        }
    }
}
