package org.warraq.plan;

/**
 * The image a page gives social networks and search engines ({@code og:image}, JSON-LD {@code image}).
 *
 * @param url    absolute URL
 * @param width  width in pixels, or 0 when unknown (an image on another site)
 * @param height height in pixels, or 0 when unknown
 */
public record ShareImage(String url, int width, int height) {
}
