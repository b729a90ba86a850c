package org.warraq.render.view;

/**
 * A labelled link.
 *
 * @param text label (plain text)
 * @param url  ready-to-use href
 */
public record Link(String text, String url) {
}
