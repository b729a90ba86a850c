package org.warraq.render.view;

/**
 * One entry of a paginator: a page number, or a gap ("…") between distant numbers.
 *
 * @param number  the page number (0 for a gap)
 * @param label   the number in the site's digits, or "…"
 * @param url     href, or null for a gap
 * @param current whether it is the page being shown
 * @param gap     whether it is a gap
 * @param name    its accessible name: "الصفحة 2" (message {@code page_number}); null for a gap
 */
public record PageLink(int number, String label, String url, boolean current, boolean gap, String name) {
}
