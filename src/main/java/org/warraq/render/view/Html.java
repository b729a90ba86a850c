package org.warraq.render.view;

/**
 * Markup produced by Warraq itself (a rendered and sanitised article body, JSON-LD), printed without
 * escaping. Templates cannot make one from text.
 *
 * @param markup the HTML
 */
public record Html(String markup) {
}
