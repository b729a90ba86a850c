package org.warraq.render.view;

/**
 * A feed advertised in a page's head.
 *
 * @param title feed title
 * @param url   absolute URL
 * @param type  MIME type: application/atom+xml or application/rss+xml
 */
public record FeedLink(String title, String url, String type) {
}
