package org.warraq.plan;

import org.warraq.routes.Route;

/**
 * The same page in one edition: what {@code <link rel="alternate" hreflang>}, the language switch and the
 * sitemaps' {@code xhtml:link} point at.
 *
 * @param language the edition's language tag, the {@code hreflang}
 * @param route    the page in that edition
 */
public record Alternate(String language, Route route) {
}
