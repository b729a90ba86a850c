package org.warraq.content;

import java.util.List;

/**
 * What the load stage hands on: the published articles (sorted by file path) and the other files of
 * {@code content/} to copy as they are.
 *
 * @param articles articles to publish (drafts only when asked for)
 * @param files    content-relative paths of non-Markdown files
 * @param drafts   how many drafts were left out
 */
public record Content(List<Article> articles, List<String> files, int drafts) {
    public Content {
        articles = List.copyOf(articles);
        files = List.copyOf(files);
    }
}
