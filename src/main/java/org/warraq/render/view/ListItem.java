package org.warraq.render.view;

/**
 * One article in a list (home, tag, source, section, author, archive pages, related stories).
 *
 * @param title      headline
 * @param url        link to the article
 * @param date       publication date
 * @param dateline   the dateline line ("الرباط / الأناضول"), the dateline or the source's short name; or null
 * @param sourceName the source's full name, or null
 * @param summary    summary (plain text), may be empty
 * @param image      its lead image (the thumbnail), or null
 * @param section    link to its section's page, or null
 * @param breaking   whether it is breaking news (labelled with the theme's word {@code breaking})
 */
public record ListItem(String title, String url, DateView date, String dateline, String sourceName,
                       String summary, ImageView image, Link section, boolean breaking) {
}
