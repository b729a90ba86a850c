package org.warraq.render.view;

import java.util.List;

/**
 * The {@code <head>} of a page ({@code head}): title, description, canonical URL, Open Graph, Twitter
 * card, feeds, pagination links and JSON-LD.
 *
 * @param title         the document title ("headline – site")
 * @param description   meta description (plain text)
 * @param canonical     absolute canonical URL
 * @param ogType        "article" on articles, "website" elsewhere
 * @param ogTitle       title for social cards (without the site name)
 * @param ogLocale      e.g. "ar_AR"
 * @param siteName      site name for og:site_name
 * @param imageUrl      absolute URL of the image social networks show for the page (never an SVG): the article's
 *                      own, else its section's image; a section's image or an author's photo on their pages; else
 *                      the site's {@code og_image}; or null
 * @param imageAlt      its text alternative, or null
 * @param imageWidth    its width in pixels ({@code og:image:width}), or null when unknown
 * @param imageHeight   its height in pixels, or null when unknown
 * @param publishedTime ISO 8601 publication time (articles), or null
 * @param modifiedTime  ISO 8601 modification time (articles), or null
 * @param tags          article tags for article:tag
 * @param feeds         feeds to advertise with rel="alternate"
 * @param prevUrl       rel="prev" link (paginated lists), or null
 * @param nextUrl       rel="next" link, or null
 * @param jsonLd        the page's schema.org JSON-LD, ready for a script element
 * @param noindex       whether search engines are asked not to index the page ({@code <meta name="robots"
 *                      content="noindex">}): redirect pages, and every page of a build with drafts
 * @param alternates    the page's versions in every edition that has one, itself included, then "x-default"
 *                      (absolute URLs, for {@code <link rel="alternate" hreflang>}); empty when it has none
 */
public record Head(String title, String description, String canonical, String ogType, String ogTitle,
                   String ogLocale, String siteName, String imageUrl, String imageAlt, Integer imageWidth,
                   Integer imageHeight, String publishedTime, String modifiedTime, List<String> tags,
                   List<FeedLink> feeds, String prevUrl, String nextUrl, Html jsonLd, boolean noindex,
                   List<LanguageLink> alternates) {
    public Head {
        tags = List.copyOf(tags);
        feeds = List.copyOf(feeds);
        alternates = List.copyOf(alternates);
    }

    /** The head of a page that is not an article ({@code og:type} "website", no image, times or tags). */
    public static Head website(String title, String description, String canonical, String ogTitle, String ogLocale,
                               String siteName, List<FeedLink> feeds, String prevUrl, String nextUrl, Html jsonLd,
                               boolean noindex, List<LanguageLink> alternates) {
        return new Head(title, description, canonical, "website", ogTitle, ogLocale, siteName, null, null, null, null,
                null, null, List.of(), feeds, prevUrl, nextUrl, jsonLd, noindex, alternates);
    }

    /**
     * This head with {@code url} as the page's image (og:image: the site's {@code og_image}, a section's image, an
     * author's photo), its alternative and size (null when unknown).
     */
    public Head withImage(String url, String alt, Integer width, Integer height) {
        return new Head(title, description, canonical, ogType, ogTitle, ogLocale, siteName, url, alt, width, height,
                publishedTime, modifiedTime, tags, feeds, prevUrl, nextUrl, jsonLd, noindex, alternates);
    }
}
