package org.warraq.render.view;

/**
 * The model of {@code redirect.ftlh}: the page at an article's old address ({@code aliases:}), which sends the
 * reader on to the article at once (meta refresh) and tells search engines where it lives now (canonical,
 * {@code noindex}).
 *
 * @param site   the site
 * @param head   head metadata: {@code canonical} is the article's address, {@code noindex} is set
 * @param target the article's headline and a link to it
 */
public record RedirectPage(SiteView site, Head head, Link target) {
}
