/**
 * Machine-readable files: Atom and RSS feeds, sitemaps, the Google News sitemap and robots.txt,
 * written from their plans with StAX (never assembled from strings).
 *
 * <p>Uses: {@code config}, {@code content}, {@code index}, {@code plan}, {@code routes}, {@code
 * util}.
 */
package org.warraq.publish;
