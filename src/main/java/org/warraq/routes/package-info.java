/**
 * The URL scheme, in one place: every route of the site (pages, feeds by {@code FeedScope} and
 * {@code FeedFormat}, sitemaps, assets, content files), relative links between pages and absolute
 * URLs.
 *
 * <p>Uses: {@code config}, {@code content}, {@code index}.
 */
package org.warraq.routes;
