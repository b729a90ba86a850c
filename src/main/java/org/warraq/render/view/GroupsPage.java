package org.warraq.render.view;

import java.util.List;

/**
 * The model of {@code tags.ftlh} and {@code sources.ftlh}: every group of a kind with its count (tags most
 * used first, then by name; sources in the order of {@code site.yaml}).
 *
 * @param site   the site
 * @param head   head metadata
 * @param groups the groups
 */
public record GroupsPage(SiteView site, Head head, List<CountLink> groups) {
    public GroupsPage {
        groups = List.copyOf(groups);
    }
}
