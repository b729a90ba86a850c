package org.warraq.render.view;

/**
 * One name of an article's byline.
 *
 * @param name the author's name (a registered author's {@code name}, or the name as the article writes it)
 * @param url  link to the author's page when the author is registered, else null
 */
public record Byline(String name, String url) {
}
