package org.warraq.content;

/**
 * An article body rendered to HTML.
 *
 * @param html     for the article's own page (relative references resolved from the page)
 * @param feedHtml for feeds (relative references made absolute, embeds as links); the same string when there
 *                 were none
 * @param embeds   whether the page's HTML has embeds (which need the theme's script)
 */
public record Body(String html, String feedHtml, boolean embeds) {
}
