package org.warraq.content;

/**
 * A tag as an article writes it, with its slug (spellings with the same slug are one tag).
 *
 * @param name the tag as written (cleaned)
 * @param slug its URL segment
 */
public record TagName(String name, String slug) {
}
