package org.warraq.render.view;

import java.util.List;

/**
 * The model of {@code sources.ftlh}: every source that has articles, in the order of {@code site.yaml}.
 *
 * @param site    the site
 * @param head    head metadata
 * @param sources the sources with their counts
 */
public record SourcesPage(SiteView site, Head head, List<CountLink> sources) {
    public SourcesPage {
        sources = List.copyOf(sources);
    }
}
