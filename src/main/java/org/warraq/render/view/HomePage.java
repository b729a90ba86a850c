package org.warraq.render.view;

import java.util.List;

/**
 * The model of {@code home.ftlh}: the front page ({@code /}) and the older stories, paginated
 * ({@code /page/2/}, …).
 *
 * @param site       the site
 * @param head       head metadata
 * @param lead       on page 1, the story that leads it (the newest when it is breaking news, else the newest
 *                   featured one, else the newest); null on later pages
 * @param items      the latest articles of this page (on page 1, without the lead)
 * @param blocks     on page 1, one block per section with stories not shown above it, in the sections' order;
 *                   empty on later pages
 * @param pagination where this page stands
 */
public record HomePage(SiteView site, Head head, ListItem lead, List<ListItem> items, List<SectionBlock> blocks,
                       Pagination pagination) {
    public HomePage {
        items = List.copyOf(items);
        blocks = List.copyOf(blocks);
    }
}
