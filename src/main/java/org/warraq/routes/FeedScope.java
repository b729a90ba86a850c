package org.warraq.routes;

import org.warraq.index.GroupKind;

/** Which articles a pair of feeds (Atom and RSS) carries: the whole site's, or one group's. */
public sealed interface FeedScope {
    /** The site's feeds, {@code /feed.xml} and {@code /rss.xml}. */
    FeedScope SITE = new Site();

    /** The whole site. */
    record Site() implements FeedScope {
    }

    /**
     * One group: {@code /tags/<slug>/feed.xml}, {@code /sources/<slug>/rss.xml}.
     *
     * @param kind the group's kind
     * @param slug its URL segment
     */
    record Group(GroupKind kind, String slug) implements FeedScope {
    }
}
