package org.warraq.index;

import java.util.List;
import org.warraq.content.Article;

/**
 * One tag: every spelling whose slug is the same (with or without tashkeel or tatweel) is one tag.
 *
 * @param slug     URL segment
 * @param name     the spelling used most often (ties: the first in code-point order)
 * @param articles its articles, newest first
 */
public record Tag(String slug, String name, List<Article> articles) {
    public Tag {
        articles = List.copyOf(articles);
    }
}
