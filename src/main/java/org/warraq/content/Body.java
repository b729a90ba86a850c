package org.warraq.content;

/**
 * An article body rendered to HTML.
 *
 * @param html     for the article's own page (relative references resolved from the page)
 * @param feedHtml for feeds (relative references made absolute); the same string when there were none
 */
public record Body(String html, String feedHtml) {
}
