package org.warraq.render.view;

import java.util.List;

/**
 * A named group of articles: a source (an article's {@code source}, a source page's {@code group}), or a tag,
 * section or author (their page's {@code group}).
 *
 * @param name        full name
 * @param shortName   short name, used in datelines (for a source: e.g. "الأناضول"; else the name)
 * @param url         link to the group's page on this site
 * @param homepage    the group's own site (a source's or an author's {@code url}), or null
 * @param notice      the notice shown with its articles (a source's {@code notice}), or null
 * @param description a section's {@code description} or an author's {@code bio}, or null
 * @param image       an author's photo, or null
 * @param links       an author's profiles ({@code social:}), each named by the theme's word
 *                    {@code social_<network>}; empty for other groups
 */
public record GroupView(String name, String shortName, String url, String homepage, String notice,
                        String description, ImageView image, List<Link> links) {
    public GroupView {
        links = List.copyOf(links);
    }

    /** A group with a name and a page, and nothing more (a tag). */
    public static GroupView named(String name, String url) {
        return new GroupView(name, name, url, null, null, null, null, List.of());
    }
}
