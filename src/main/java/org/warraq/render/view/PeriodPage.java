package org.warraq.render.view;

import java.util.List;

/**
 * The model of {@code year.ftlh}, {@code month.ftlh} and {@code day.ftlh}: one period of the archive.
 *
 * @param site        the site
 * @param head        head metadata
 * @param heading     e.g. "2024", "فبراير 2024", "الاثنين 26 فبراير 2024"
 * @param count       number of articles in the period
 * @param countText   the count in the site's digits
 * @param parts       a year's months or a month's days, newest first, with counts (empty for a day)
 * @param items       the articles of this page
 * @param pagination  where this page stands
 * @param up          link to the enclosing period (day → month → year → archive)
 * @param previous    the previous (earlier) period with articles, or null
 * @param next        the next (later) period with articles, or null
 * @param breadcrumbs home › archive › year › month › day
 */
public record PeriodPage(SiteView site, Head head, String heading, int count, String countText,
                         List<CountLink> parts, List<ListItem> items, Pagination pagination, Link up,
                         Link previous, Link next, List<Link> breadcrumbs) {
    public PeriodPage {
        parts = List.copyOf(parts);
        items = List.copyOf(items);
        breadcrumbs = List.copyOf(breadcrumbs);
    }
}
