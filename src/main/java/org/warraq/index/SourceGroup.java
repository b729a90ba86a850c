package org.warraq.index;

import java.util.List;
import org.warraq.config.Source;
import org.warraq.content.Article;

/** A source from the registry and its articles, newest first. */
public record SourceGroup(Source source, List<Article> articles) {
    public SourceGroup {
        articles = List.copyOf(articles);
    }
}
