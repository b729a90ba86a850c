package org.warraq.render.view;

import java.util.List;

/**
 * The model of {@code archive.ftlh}: every year, and under it every month, with counts.
 *
 * @param site      the site
 * @param head      head metadata
 * @param years     the years, newest first
 * @param count     number of articles in all
 * @param countText the count in the site's digits
 */
public record ArchivePage(SiteView site, Head head, List<ArchiveYear> years, int count, String countText) {
    public ArchivePage {
        years = List.copyOf(years);
    }
}
