package org.warraq.render.view;

/**
 * The model of {@code 404.ftlh}. Its links are rooted at the base path, because servers show this page
 * at any URL.
 *
 * @param site the site
 * @param head head metadata
 */
public record NotFoundPage(SiteView site, Head head) {
}
