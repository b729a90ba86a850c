package org.warraq.render.view;

import java.util.List;

/**
 * One section's block on the home page: its newest stories that the page does not show above it.
 *
 * @param section the section's name and a link to its page
 * @param items   its stories, newest first
 */
public record SectionBlock(Link section, List<ListItem> items) {
    public SectionBlock {
        items = List.copyOf(items);
    }
}
