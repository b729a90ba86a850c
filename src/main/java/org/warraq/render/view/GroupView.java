package org.warraq.render.view;

/**
 * A named group of articles: a source (an article's {@code source}, a source page's {@code group}) or a tag
 * (a tag page's {@code group}).
 *
 * @param name      full name
 * @param shortName short name, used in datelines (for a source: e.g. "الأناضول"; else the name)
 * @param url       link to the group's page on this site
 * @param homepage  the group's own site (a source's {@code url}), or null
 * @param notice    the notice shown with its articles (a source's {@code notice}), or null
 */
public record GroupView(String name, String shortName, String url, String homepage, String notice) {
}
