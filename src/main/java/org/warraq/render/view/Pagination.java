package org.warraq.render.view;

import java.util.List;

/**
 * Where a list page stands among its pages ({@code pagination}).
 *
 * @param number     this page's number, from 1
 * @param total      number of pages
 * @param numberText the number in the site's digits
 * @param totalText  the total in the site's digits
 * @param prevUrl    href of the previous (newer) page, or null on the first
 * @param nextUrl    href of the next (older) page, or null on the last
 * @param pages      the numbered links to show: first, last, and the pages around this one, with gaps
 * @param label      where this page stands, in words: "الصفحة 2 من 5" (message {@code page_of})
 * @param suffix     what follows the page's heading: empty on page 1, else " – الصفحة 2" (message
 *                   {@code page_suffix}); titles carry it too
 */
public record Pagination(int number, int total, String numberText, String totalText, String prevUrl,
                         String nextUrl, List<PageLink> pages, String label, String suffix) {
    public Pagination {
        pages = List.copyOf(pages);
    }
}
