package org.warraq.search;

import java.util.List;
import java.util.Optional;

/**
 * One article as the index reads it. The headline weighs most; summary, tags, section, authors and dateline
 * next; the body counts by how often a word is in it.
 *
 * @param title    headline
 * @param summary  summary, plain text
 * @param tags     tag names
 * @param section  section name, when the article has one
 * @param authors  author names
 * @param dateline city the story was filed from
 * @param bodyHtml the body as its page shows it (HTML): its text is indexed, and its beginning kept for snippets
 */
public record SearchDocument(String title, String summary, List<String> tags, Optional<String> section,
                             List<String> authors, Optional<String> dateline, String bodyHtml) {
    public SearchDocument {
        tags = List.copyOf(tags);
        authors = List.copyOf(authors);
    }

    /** Summary, tags, section, authors and dateline, one a line: the words that weigh second. */
    String meta() {
        StringBuilder meta = new StringBuilder(summary);
        tags.forEach(t -> meta.append('\n').append(t));
        section.ifPresent(s -> meta.append('\n').append(s));
        authors.forEach(a -> meta.append('\n').append(a));
        dateline.ifPresent(d -> meta.append('\n').append(d));
        return meta.toString();
    }
}
