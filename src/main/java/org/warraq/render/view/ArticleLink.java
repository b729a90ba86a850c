package org.warraq.render.view;

/**
 * A link to another article (previous / next).
 *
 * @param title headline
 * @param url   href
 * @param date  publication date
 */
public record ArticleLink(String title, String url, DateView date) {
}
