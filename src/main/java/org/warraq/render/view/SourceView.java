package org.warraq.render.view;

/**
 * A news source.
 *
 * @param name      full name
 * @param shortName short name used in datelines
 * @param url       link to the source's page on this site
 * @param homepage  the source's own site, or null
 * @param notice    the source's notice, or null
 */
public record SourceView(String name, String shortName, String url, String homepage, String notice) {
}
