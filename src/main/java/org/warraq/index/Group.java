package org.warraq.index;

import java.util.List;
import org.warraq.content.Article;

/**
 * A named group of articles: one tag, source, section or author.
 *
 * @param kind     what kind of group
 * @param id       how articles name it (a tag's slug, a registry id)
 * @param slug     its URL segment
 * @param name     its shown name (for tags: the spelling used most often)
 * @param articles its articles, newest first
 */
public record Group(GroupKind kind, String id, String slug, String name, List<Article> articles) {
    public Group {
        articles = List.copyOf(articles);
    }
}
