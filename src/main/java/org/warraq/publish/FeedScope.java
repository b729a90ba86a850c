package org.warraq.publish;

import java.util.List;
import org.warraq.content.Article;

/**
 * One pair of feeds (Atom and RSS): the whole site, one tag or one source.
 *
 * @param scope       route segments: [] for the site, ["tags", slug], ["sources", slug]
 * @param title       feed title
 * @param description feed description / subtitle
 * @param entries     the newest articles, newest first, at most {@code feed_size}
 */
public record FeedScope(List<String> scope, String title, String description, List<Article> entries) {
    public FeedScope {
        scope = List.copyOf(scope);
        entries = List.copyOf(entries);
    }
}
