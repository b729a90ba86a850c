package org.warraq.routes;

/** The two feed formats every scope is published in. */
public enum FeedFormat {
    /** Atom 1.0 (RFC 4287), {@code feed.xml}. */
    ATOM("feed.xml", "application/atom+xml"),
    /** RSS 2.0, {@code rss.xml}. */
    RSS("rss.xml", "application/rss+xml");

    private final String fileName;
    private final String mediaType;

    FeedFormat(String fileName, String mediaType) {
        this.fileName = fileName;
        this.mediaType = mediaType;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }
}
