package org.warraq.render.view;

import java.util.List;
import java.util.Map;

/**
 * One article on its own page ({@code article}).
 *
 * @param title          headline
 * @param url            link to the article (its own page: "./")
 * @param published      publication date
 * @param updated        update date, or null
 * @param dateline       city it was filed from, or null
 * @param datelineLine   dateline joined with the source's short name, e.g. "الرباط / الأناضول", or null
 * @param source         the source, or null
 * @param authors        byline names (a registered author's name for an id)
 * @param bylines        the byline, each name with a link to the author's page when the author is registered
 * @param summary        summary (plain text), may be empty
 * @param image          lead image, or null
 * @param tags           links to the article's tag pages
 * @param body           the rendered body
 * @param originalUrl    link to the original story (source_url), or null
 * @param readingMinutes estimated reading time in minutes
 * @param readingText    reading time as text in the site's digits, e.g. "4 دقائق"
 * @param day            link to the article's day in the archive
 * @param params         values of extra front-matter keys declared in site.yaml
 * @param section        its section's name and page, or null
 * @param breaking       whether it is breaking news (labelled with the theme's word {@code breaking})
 * @param corrections    the corrections published with it, oldest first; may be empty
 * @param embedScript    href of the theme's {@code assets/embed.js} when the body has embeds (it loads a
 *                       provider's frame when the reader asks), or null
 */
public record ArticleView(String title, String url, DateView published, DateView updated, String dateline,
                          String datelineLine, GroupView source, List<String> authors, List<Byline> bylines,
                          String summary, ImageView image, List<Link> tags, Html body, String originalUrl,
                          int readingMinutes, String readingText, Link day, Map<String, String> params, Link section,
                          boolean breaking, List<CorrectionView> corrections, String embedScript) {
    public ArticleView {
        authors = List.copyOf(authors);
        bylines = List.copyOf(bylines);
        corrections = List.copyOf(corrections);
        tags = List.copyOf(tags);
        params = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(params));
    }
}
