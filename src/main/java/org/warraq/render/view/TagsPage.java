package org.warraq.render.view;

import java.util.List;

/**
 * The model of {@code tags.ftlh}: every tag with its count, most used first.
 *
 * @param site the site
 * @param head head metadata
 * @param tags the tags
 */
public record TagsPage(SiteView site, Head head, List<CountLink> tags) {
    public TagsPage {
        tags = List.copyOf(tags);
    }
}
