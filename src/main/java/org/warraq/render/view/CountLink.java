package org.warraq.render.view;

/**
 * A link with a count: a tag, source, year, month or day and how many articles it has.
 *
 * @param text      label
 * @param url       href
 * @param count     number of articles
 * @param countText the number in the site's digits
 */
public record CountLink(String text, String url, int count, String countText) {
}
