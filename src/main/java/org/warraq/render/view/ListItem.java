package org.warraq.render.view;

/**
 * One article in a list (home, tag, source, archive pages).
 *
 * @param title      headline
 * @param url        link to the article
 * @param date       publication date
 * @param dateline   the dateline line ("الرباط / الأناضول"), the dateline or the source's short name; or null
 * @param sourceName the source's full name, or null
 * @param summary    summary (plain text), may be empty
 * @param image      thumbnail, or null
 */
public record ListItem(String title, String url, DateView date, String dateline, String sourceName,
                       String summary, ImageView image) {
}
